//! The demo city's hand-written content: organizations, their badges and activity themes.
//! Deterministic; the seeder (`demo/mod.rs`) expands themes into dated activities and sessions.

use citybadges_domain::{AchievementType, ActivityFormat, OrgKind};

pub struct DemoNeighbourhood {
    pub slug: &'static str,
    pub name: &'static str,
    pub lat: f64,
    pub lng: f64,
}

pub struct DemoTopic {
    pub slug: &'static str,
    pub name: &'static str,
}

pub struct DemoLevel {
    pub rank: i32,
    pub name: &'static str,
    pub description: &'static str,
}

pub struct DemoSkill {
    pub uri: &'static str,
    pub name: &'static str,
}

pub struct DemoBadge {
    pub slug: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub criteria: &'static str, // markdown, what a learner must do
    pub achievement_type: AchievementType,
    pub level_name: Option<&'static str>, // the organization's own level label
    pub level_rank: Option<i32>,          // position on the organization's own ladder, 1 = first
    pub city_level: Option<i32>,          // mapped rank on the city scale (1..=4), see LEVELS
    pub skills: &'static [DemoSkill],
}

pub struct DemoActivity {
    pub title: &'static str,
    pub description: &'static str, // markdown, 2-4 sentences, may use **bold** and lists
    pub topics: &'static [&'static str], // slugs from TOPICS
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub cost_cents: i32,        // 0 = free; most youth activities are free
    pub format: ActivityFormat, // InPerson, Online, Hybrid
    pub badges: &'static [&'static str], // slugs of this org's badges that the activity leads to
}

pub struct DemoOrg {
    pub slug: &'static str,
    pub name: &'static str,
    pub kind: OrgKind, // School, Museum, Library, Employer, Community, FabLab, College, Other
    pub neighbourhood: &'static str, // slug from NEIGHBOURHOODS
    pub address: &'static str,
    pub website: &'static str,
    pub description: &'static str, // markdown, 2-3 sentences
    pub badges: &'static [DemoBadge],
    pub activities: &'static [DemoActivity],
}

pub const CITY_NAME: &str = "Lakeside City of Learning";
pub const TIME_ZONE: &str = "America/Chicago";
pub const CENTER: (f64, f64) = (41.8781, -87.6298);

/// ESCO skills (European Skills, Competences, Qualifications and Occupations, v1.2) that badges align to.
/// Each URI is a published ESCO concept; the name is its English preferred label.
mod esco {
    use super::DemoSkill;

    pub const ACCEPT_CONSTRUCTIVE_CRITICISM: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/a311ab20-75df-4aff-8016-3142c5659d30",
        name: "accept constructive criticism",
    };

    pub const ADDRESS_AN_AUDIENCE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/609a8ac1-9d29-4237-9886-596dbbe7ca8a",
        name: "address an audience",
    };

    pub const ATTEND_TO_DETAIL: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/83e6510b-ffeb-4aec-959c-4265fd0ff7b7",
        name: "attend to detail",
    };

    pub const ATTEND_TO_HYGIENE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/fba28975-4544-4d37-8971-9bd72534018c",
        name: "attend to hygiene",
    };

    pub const CARRY_OUT_MEASUREMENTS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/ab75d510-ac75-482d-b671-bb3bad741f07",
        name: "carry out work-related measurements",
    };

    pub const COLLABORATE_THROUGH_DIGITAL_TECHNOLOGIES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/2b34a99f-9813-4c91-9509-b6b9b8c3132e",
        name: "collaborate through digital technologies",
    };

    pub const COMMUNICATE_MATHEMATICAL_INFORMATION: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/a5826fe3-8df6-4fa8-adad-b7116864588f",
        name: "communicate mathematical information",
    };

    pub const COMMUNICATE_WITH_CUSTOMERS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/0da516ee-e70e-4384-be13-f5ff80be8127",
        name: "communicate with customers",
    };

    pub const COMPUTER_PROGRAMMING: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97",
        name: "computer programming",
    };

    pub const COPE_WITH_PRESSURE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/7a147904-22b3-498a-b4d9-7bceeb86b45d",
        name: "cope with pressure",
    };

    pub const COPYRIGHT_AND_LICENSES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/a91732ce-988e-4105-9570-f425c6ffdc82",
        name: "copyright and licenses related to digital content",
    };

    pub const CREATE_SOLUTIONS_TO_PROBLEMS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/03b9b491-fc9b-4868-914a-bf7cd47b5041",
        name: "create solutions to problems",
    };

    pub const CREATIVELY_USE_DIGITAL_TECHNOLOGIES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/1a4cc54f-1e53-442b-a6d2-1682dc8ef8f9",
        name: "creatively use digital technologies",
    };

    pub const DEMONSTRATE_CONSIDERATION: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/9d75743b-317a-4bc4-b93f-c72e3ceba377",
        name: "demonstrate consideration",
    };

    pub const DEMONSTRATE_CURIOSITY: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/429062f1-a958-43ea-83dd-4e1af078c156",
        name: "demonstrate curiosity",
    };

    pub const DEMONSTRATE_INTERCULTURAL_COMPETENCE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/c10d5d87-36cf-42f5-8a12-e560fb5f4af8",
        name: "demonstrate intercultural competence",
    };

    pub const DEMONSTRATE_WILLINGNESS_TO_LEARN: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/9bf266a6-188b-4d17-a22f-2f266d76832b",
        name: "demonstrate willingness to learn",
    };

    pub const DEVELOP_DIGITAL_CONTENT: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/5fd5c985-eaaa-47aa-8314-62359c54505a",
        name: "develop digital content",
    };

    pub const DEVELOP_STRATEGY_TO_SOLVE_PROBLEMS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/7a8fb784-67fa-41e9-a75c-6b491d91f800",
        name: "develop strategy to solve problems",
    };

    pub const EVALUATE_INFORMATION: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/7dd94ad3-13d6-43fe-8b94-51fcbf67ced9",
        name: "evaluate information",
    };

    pub const EXECUTE_SOFTWARE_TESTS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/913e7e83-b8f8-4574-b1ca-1b38f3fd974a",
        name: "execute software tests",
    };

    pub const FOLLOW_SUSTAINABLE_PRACTICES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/a992f345-7c06-4982-8fc9-5fab55e316af",
        name: "follow environmentally-sustainable work practices",
    };

    pub const FOLLOW_SAFETY_PRECAUTIONS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/d2d9051a-10e1-41c5-9cfb-bbdc58016176",
        name: "follow safety precautions in work practices",
    };

    pub const GIVE_ADVICE_TO_OTHERS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/045f71e6-0699-4169-8a54-9c6b96f3174d",
        name: "give advice to others",
    };

    pub const IDENTIFY_OPPORTUNITIES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/943d07ec-fb75-4bb5-bc07-20451a2b66e4",
        name: "identify opportunities",
    };

    pub const INSTRUCT_OTHERS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/699e7c26-6502-4e78-a823-3656ff5a5b8b",
        name: "instruct others",
    };

    pub const INTERACT_WITH_OTHERS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/09e28145-e205-4b7a-8b3b-5c4876396069",
        name: "interact with others",
    };

    pub const JAVASCRIPT: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7",
        name: "JavaScript",
    };

    pub const LEAD_OTHERS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/75d8e5d9-bef3-418b-9011-01bff9f27207",
        name: "lead others",
    };

    pub const MAKE_DECISIONS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/d62d2b4c-a6f8-439e-8a1b-4f29ab5f2c47",
        name: "make decisions",
    };

    pub const MANAGE_QUANTITATIVE_DATA: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/57231a22-4da7-49c8-97b8-75672feadf1e",
        name: "manage quantitative data",
    };

    pub const MANAGE_TIME: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/d9013e0e-e937-43d5-ab71-0e917ee882b8",
        name: "manage time",
    };

    pub const MEET_COMMITMENTS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/113b4428-0a31-4199-8496-070af7854b91",
        name: "meet commitments",
    };

    pub const MOTIVATE_OTHERS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/e2d44a9b-f28c-489e-9861-b654b5ded507",
        name: "motivate others",
    };

    pub const NEGOTIATE_COMPROMISE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/7954861c-86d4-4529-afbb-2c23dab9ac74",
        name: "negotiate compromise",
    };

    pub const PERSIST: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/f60b0a50-2e7b-46f8-9b9c-2809b10991f9",
        name: "persist",
    };

    pub const PERSUADE_OTHERS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/6e04cc9f-d409-49f0-9224-d9cb32e83631",
        name: "persuade others",
    };

    pub const PROTECT_ICT_DEVICES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/df329d70-87b0-466b-a214-3431f36e2a5e",
        name: "protect ICT devices",
    };

    pub const PYTHON: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
        name: "Python (computer programming)",
    };

    pub const REPORT_FACTS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/be6ab363-3de1-427f-a8ef-85d5b0250822",
        name: "report facts",
    };

    pub const SCRATCH: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/d56fc2b5-4b0a-4e7e-9bde-a33736f6ff18",
        name: "Scratch (computer programming)",
    };

    pub const SEARCH_INFORMATION_ONLINE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/698be2d3-8768-422d-a2d3-1cb701816089",
        name: "search for information online",
    };

    pub const SOLVE_TECHNICAL_PROBLEMS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a",
        name: "solve technical problems",
    };

    pub const SUPPORT_COLLEAGUES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/95a41cf5-4037-4c96-91a8-c34b41637224",
        name: "support colleagues",
    };

    pub const THINK_CREATIVELY: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/c624c6a3-b0ba-4a31-a296-0d433fe47e41",
        name: "think creatively",
    };

    pub const USE_LEARNING_STRATEGIES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/a44c0ed6-68b1-457a-9c6d-ea8487bdfeb2",
        name: "use learning strategies",
    };

    pub const USE_PRESENTATION_SOFTWARE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/234aeb8d-56c3-4531-9193-1c5e6a8d16cb",
        name: "use presentation software",
    };

    pub const USE_QUESTIONING_TECHNIQUES: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/0f2eee6f-2203-4cc8-9d79-854d2d5d8131",
        name: "use questioning techniques",
    };

    pub const USE_SPREADSHEETS_SOFTWARE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be",
        name: "use spreadsheets software",
    };

    pub const WORK_IN_TEAMS: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/60c78287-22eb-4103-9c8c-28deaa460da0",
        name: "work in teams",
    };

    pub const WORK_INDEPENDENTLY: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/c29aa9d2-4da8-4bdd-831c-8d4a2fb51730",
        name: "work independently",
    };

    pub const WORK_WITH_SHAPE_AND_SPACE: DemoSkill = DemoSkill {
        uri: "http://data.europa.eu/esco/skill/80967a8e-0477-4c5e-8550-4af6e5157626",
        name: "work with shape and space",
    };
}

pub static NEIGHBOURHOODS: &[DemoNeighbourhood] = &[
    DemoNeighbourhood {
        slug: "harbor-point",
        name: "Harbor Point",
        lat: 41.8857,
        lng: -87.6235,
    },
    DemoNeighbourhood {
        slug: "riverbend",
        name: "Riverbend",
        lat: 41.8822,
        lng: -87.6518,
    },
    DemoNeighbourhood {
        slug: "foundry-row",
        name: "Foundry Row",
        lat: 41.8558,
        lng: -87.6612,
    },
    DemoNeighbourhood {
        slug: "kingsley-park",
        name: "Kingsley Park",
        lat: 41.8231,
        lng: -87.6172,
    },
    DemoNeighbourhood {
        slug: "midway-commons",
        name: "Midway Commons",
        lat: 41.7948,
        lng: -87.5967,
    },
    DemoNeighbourhood {
        slug: "dunewood",
        name: "Dunewood",
        lat: 41.7612,
        lng: -87.5795,
    },
    DemoNeighbourhood {
        slug: "union-yards",
        name: "Union Yards",
        lat: 41.8093,
        lng: -87.6561,
    },
    DemoNeighbourhood {
        slug: "cedar-crossing",
        name: "Cedar Crossing",
        lat: 41.8447,
        lng: -87.7118,
    },
    DemoNeighbourhood {
        slug: "westhaven",
        name: "Westhaven",
        lat: 41.8806,
        lng: -87.7262,
    },
    DemoNeighbourhood {
        slug: "maple-heights",
        name: "Maple Heights",
        lat: 41.9412,
        lng: -87.7048,
    },
    DemoNeighbourhood {
        slug: "northgate",
        name: "Northgate",
        lat: 41.9676,
        lng: -87.6652,
    },
    DemoNeighbourhood {
        slug: "lakeshore-north",
        name: "Lakeshore North",
        lat: 41.9987,
        lng: -87.6706,
    },
];

/// The eleven city-wide topics every activity is filed under.
pub static TOPICS: &[DemoTopic] = &[
    DemoTopic {
        slug: "science",
        name: "Science",
    },
    DemoTopic {
        slug: "technology",
        name: "Technology",
    },
    DemoTopic {
        slug: "engineering",
        name: "Engineering",
    },
    DemoTopic {
        slug: "arts",
        name: "Arts",
    },
    DemoTopic {
        slug: "math",
        name: "Math",
    },
    DemoTopic {
        slug: "sports-wellness",
        name: "Sports & Wellness",
    },
    DemoTopic {
        slug: "digital-media",
        name: "Digital Media",
    },
    DemoTopic {
        slug: "making-building",
        name: "Making & Building",
    },
    DemoTopic {
        slug: "civic-leadership",
        name: "Civic Engagement & Leadership",
    },
    DemoTopic {
        slug: "career-work",
        name: "Career & Work",
    },
    DemoTopic {
        slug: "nature-environment",
        name: "Nature & Environment",
    },
];

/// The city's shared four-level scale; each badge's `city_level` points at one of these ranks.
pub static LEVELS: &[DemoLevel] = &[
    DemoLevel {
        rank: 1,
        name: "Explore",
        description: "You tried something new, took part and showed curiosity about the field.",
    },
    DemoLevel {
        rank: 2,
        name: "Practice",
        description: "You practised a skill over time and can use it with some guidance.",
    },
    DemoLevel {
        rank: 3,
        name: "Proficient",
        description: "You apply the skill on your own and can show quality work to others.",
    },
    DemoLevel {
        rank: 4,
        name: "Expert/Lead",
        description: "You have deep skill in the field and lead, teach or mentor others in it.",
    },
];

pub static ORGS: &[DemoOrg] = &[
    DemoOrg {
        slug: "foundry-row-fab-lab",
        name: "Foundry Row Fab Lab",
        kind: OrgKind::FabLab,
        neighbourhood: "foundry-row",
        address: "1822 S. Foundry Street",
        website: "https://foundry-row-fab-lab.example.org",
        description: "A community **digital fabrication lab** in a converted pattern shop, open to young people on \
            weekday afternoons and Saturdays. Members learn to design on screen and make with laser cutters, 3D \
            printers, vinyl cutters and a CNC router, always with a mentor nearby.",
        badges: &[
            DemoBadge {
                slug: "laser-cutter-ready",
                name: "Laser Cutter Ready",
                description: "Safely operates the lab's laser cutter to produce a simple 2D design.",
                criteria: "- Complete the laser cutter safety walkthrough with a lab mentor\n\
                    - Prepare a vector file with separate cut and engrave layers\n\
                    - Choose settings for a tested material and run the job without help\n\
                    - Clean the bed and log your job in the machine book",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::FOLLOW_SAFETY_PRECAUTIONS],
            },
            DemoBadge {
                slug: "digital-fabricator",
                name: "Digital Fabricator",
                description: "Takes a design from sketch to finished object using at least two different fabrication \
                    machines.",
                criteria: "- Sketch and measure an object that solves a real problem\n\
                    - Model it in 2D or 3D design software\n\
                    - Produce it on two machines, for example a 3D printer and the laser cutter\n\
                    - Document one failed attempt and what you changed",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::WORK_WITH_SHAPE_AND_SPACE, esco::CARRY_OUT_MEASUREMENTS],
            },
            DemoBadge {
                slug: "product-prototyper",
                name: "Product Prototyper",
                description: "Designs, tests and improves a working prototype for a real user.",
                criteria: "- Interview a potential user and write down their needs\n\
                    - Build at least three prototype iterations\n\
                    - Test the prototype with the user and record their feedback\n\
                    - Present the final prototype at a Fab Lab Demo Night",
                achievement_type: AchievementType::MicroCredential,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::THINK_CREATIVELY, esco::CREATE_SOLUTIONS_TO_PROBLEMS],
            },
            DemoBadge {
                slug: "fab-lab-mentor",
                name: "Fab Lab Mentor",
                description: "Recognises experienced members who coach newcomers on the machines.",
                criteria: "- Hold the Digital Fabricator badge\n\
                    - Co-lead at least four open-lab sessions\n\
                    - Help three newer members earn Laser Cutter Ready\n\
                    - Be recommended by a staff mentor",
                achievement_type: AchievementType::Award,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::INSTRUCT_OTHERS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Laser Cutting 101",
                description: "Learn how a laser cutter turns a drawing into a precise cut in wood or acrylic. You'll \
                    set up a file, pick safe settings and leave with a **custom keychain or name sign** you designed \
                    yourself.",
                topics: &["making-building", "engineering"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["laser-cutter-ready"],
            },
            DemoActivity {
                title: "3D Printing Lab: Design It, Print It",
                description: "Model a small object in free browser-based CAD, slice it and watch it print layer by \
                    layer. Over four sessions you'll find out why prints fail and how to fix them.",
                topics: &["making-building", "technology", "engineering"],
                age_min: Some(11),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["digital-fabricator"],
            },
            DemoActivity {
                title: "Invention Studio",
                description:
                    "Pick a problem on your block, at school or at home and build a prototype that solves it. \
                    Weekly studio nights in the lab are paired with online check-ins with a product designer. Finished \
                    prototypes are shown at **Demo Night**.",
                topics: &["engineering", "making-building", "career-work"],
                age_min: Some(14),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["product-prototyper"],
            },
            DemoActivity {
                title: "Saturday Open Lab",
                description: "Drop in with a project idea or finish one you started. Mentors are on the floor to help \
                    you choose a machine, troubleshoot files and stay safe.",
                topics: &["making-building"],
                age_min: Some(12),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["laser-cutter-ready", "digital-fabricator"],
            },
            DemoActivity {
                title: "Mentor Training Weekend",
                description: "For experienced members who are ready to help others. Practise explaining machine \
                    safety, giving kind and useful feedback on designs, and running a short demo for younger makers.",
                topics: &["making-building", "civic-leadership"],
                age_min: Some(16),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["fab-lab-mentor"],
            },
        ],
    },
    DemoOrg {
        slug: "maple-heights-makerspace",
        name: "Maple Heights Makerspace",
        kind: OrgKind::FabLab,
        neighbourhood: "maple-heights",
        address: "4410 N. Linden Avenue",
        website: "https://maple-heights-makerspace.example.org",
        description: "A volunteer-run makerspace with a full woodshop, an electronics bench and a sewing corner. Teen \
            nights pair young makers with retired engineers, carpenters and costume designers who love to share their \
            tools and tricks.",
        badges: &[
            DemoBadge {
                slug: "soldering-basics",
                name: "Soldering Basics",
                description: "Joins electronic components with a soldering iron safely and neatly.",
                criteria: "- Complete the electronics bench safety briefing\n\
                    - Solder a practice board with ten clean joints\n\
                    - Build a working LED flasher kit\n\
                    - Show a mentor how to remove and redo a bad joint",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::FOLLOW_SAFETY_PRECAUTIONS],
            },
            DemoBadge {
                slug: "woodshop-safety",
                name: "Woodshop Safety",
                description: "Certifies safe use of the makerspace's hand tools and supervised power tools.",
                criteria: "- Attend the two-part woodshop orientation\n\
                    - Demonstrate safe use of the drill press, band saw and belt sander\n\
                    - Pass the short safety quiz with a mentor\n\
                    - Wear the right protective equipment on every visit",
                achievement_type: AchievementType::Certificate,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[],
            },
            DemoBadge {
                slug: "wearable-tech-maker",
                name: "Wearable Tech Maker",
                description: "Combines sewing and simple circuits into clothing or accessories that light up or react.",
                criteria: "- Sew a conductive-thread circuit with at least two LEDs\n\
                    - Add a sensor or switch that changes the behaviour\n\
                    - Program a microcontroller board to create a light pattern\n\
                    - Share design notes so someone else could rebuild it",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::CREATIVELY_USE_DIGITAL_TECHNOLOGIES],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Blinky Badge Soldering Night",
                description: "Solder your own **blinking LED badge** to wear home. We cover how an iron works, how to \
                    make a shiny joint and how to rescue a cold one. The $5 fee pays for your kit; ask us about \
                    waivers.",
                topics: &["making-building", "engineering"],
                age_min: Some(11),
                age_max: Some(16),
                cost_cents: 500,
                format: ActivityFormat::InPerson,
                badges: &["soldering-basics"],
            },
            DemoActivity {
                title: "Woodshop Foundations",
                description: "Two evenings that unlock the woodshop. You'll learn the rules, try each machine with a \
                    mentor and build a small **bookshelf or step stool**. The materials fee covers lumber and \
                    hardware.",
                topics: &["making-building"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 1500,
                format: ActivityFormat::InPerson,
                badges: &["woodshop-safety"],
            },
            DemoActivity {
                title: "Light-Up Fashion Lab",
                description: "Design a hoodie patch, tote bag or hat that glows. You'll learn basic hand sewing, how \
                    conductive thread works and how to program a tiny wearable board to make lights pulse and twinkle.",
                topics: &["arts", "making-building", "technology"],
                age_min: Some(12),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["wearable-tech-maker"],
            },
            DemoActivity {
                title: "Fix-It Clinic",
                description: "Bring a broken lamp, toy or pair of headphones and learn to repair it instead of \
                    throwing it away. Volunteers show you how to open things up safely, test parts and resolder a \
                    loose wire.",
                topics: &["making-building", "nature-environment"],
                age_min: Some(12),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["soldering-basics"],
            },
            DemoActivity {
                title: "Cardboard Arcade Build",
                description: "Turn boxes, tape and imagination into a working arcade game. Younger makers design and \
                    build their games, then host a mini arcade for families on the last day.",
                topics: &["making-building", "engineering"],
                age_min: Some(8),
                age_max: Some(12),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "harborlight-science-museum",
        name: "Harborlight Science Museum",
        kind: OrgKind::Museum,
        neighbourhood: "harbor-point",
        address: "600 E. Harborlight Drive",
        website: "https://harborlight-science-museum.example.org",
        description: "The city's hands-on science museum on the lakefront, home to a working weather station, a fish \
            hatchery and a two-storey tinkering floor. Teen programs put young people behind the scenes as \
            researchers, explainers and exhibit testers.",
        badges: &[
            DemoBadge {
                slug: "junior-researcher",
                name: "Junior Researcher",
                description: "Asks a testable question and runs a simple experiment in the museum's open lab.",
                criteria: "- Write a question you can answer with an experiment\n\
                    - Name the variable you will change and the one you will measure\n\
                    - Collect data over at least three trials\n\
                    - Share what surprised you with a lab facilitator",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::DEMONSTRATE_CURIOSITY],
            },
            DemoBadge {
                slug: "citizen-scientist",
                name: "Citizen Scientist",
                description: "Contributes real observations to a community science project and makes sense of the \
                    data.",
                criteria: "- Complete training for one of the museum's community science projects\n\
                    - Submit at least 20 quality-checked observations\n\
                    - Graph the group's data and describe a pattern\n\
                    - Explain one limitation of the data set",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::MANAGE_QUANTITATIVE_DATA],
            },
            DemoBadge {
                slug: "science-explainer",
                name: "Science Explainer",
                description: "Leads live demonstrations for museum visitors and adapts explanations for different \
                    ages.",
                criteria: "- Complete 30 hours of explainer training\n\
                    - Run a demonstration cart on the museum floor at least eight times\n\
                    - Adapt the same demo for a young child and for an adult\n\
                    - Receive a positive floor observation from a supervisor",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::ADDRESS_AN_AUDIENCE, esco::INSTRUCT_OTHERS],
            },
            DemoBadge {
                slug: "teen-research-fellow",
                name: "Teen Research Fellow",
                description: "Completes the museum's summer research fellowship alongside a staff scientist.",
                criteria: "- Complete the eight-week fellowship with at least 90% attendance\n\
                    - Design and carry out an independent investigation\n\
                    - Write a two-page research summary\n\
                    - Present a poster at the Harborlight Youth Science Symposium",
                achievement_type: AchievementType::LearningProgram,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::EVALUATE_INFORMATION, esco::REPORT_FACTS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Open Lab Saturdays",
                description:
                    "Put on a lab coat and test your own questions about slime, static electricity and sound. \
                    Facilitators help you plan a fair test and record your results like a real scientist.",
                topics: &["science"],
                age_min: Some(9),
                age_max: Some(14),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["junior-researcher"],
            },
            DemoActivity {
                title: "Lakefront Weather Watchers",
                description: "Learn to read the museum's rooftop weather station, then log daily observations from \
                    home through the project app. Once a month the crew meets on site to look for patterns in rain, \
                    wind and lake temperature.",
                topics: &["science", "nature-environment", "math"],
                age_min: Some(12),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["citizen-scientist"],
            },
            DemoActivity {
                title: "Teen Explainer Corps",
                description: "Train to run demo carts on the museum floor, from liquid nitrogen to bridge building. \
                    You'll practise turning big ideas into short, fun conversations, and earn a **stipend** after 30 \
                    hours.",
                topics: &["science", "career-work", "civic-leadership"],
                age_min: Some(15),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["science-explainer"],
            },
            DemoActivity {
                title: "Summer Research Fellowship",
                description:
                    "Spend eight weeks working next to a museum scientist on a real question, from freshwater \
                    mussels to urban heat islands. Fellows design their own investigation and present it at the Youth \
                    Science Symposium. **Stipend provided.**",
                topics: &["science", "math", "career-work"],
                age_min: Some(16),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["teen-research-fellow"],
            },
            DemoActivity {
                title: "Science After Dark: Teen Night",
                description: "An evening just for teens with glow-in-the-dark chemistry, a DJ and a behind-the-scenes \
                    tour of the collections. Tickets include snacks.",
                topics: &["science", "arts"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 800,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "prairie-light-art-museum",
        name: "Prairie Light Art Museum",
        kind: OrgKind::Museum,
        neighbourhood: "kingsley-park",
        address: "3301 S. Prairie Lane",
        website: "https://prairie-light-art-museum.example.org",
        description:
            "A museum of modern and contemporary art with a celebrated collection of work by artists from the \
            city's South Side. Its Teen Studio turns the galleries into a classroom for drawing, printmaking and \
            curating.",
        badges: &[
            DemoBadge {
                slug: "printmaker",
                name: "Printmaker",
                description: "Creates an edition of original prints using relief or screen printing.",
                criteria: "- Design an original image for printing\n\
                    - Carve a block or prepare a screen with a teaching artist\n\
                    - Pull a consistent edition of at least five prints\n\
                    - Sign and number your edition",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[],
            },
            DemoBadge {
                slug: "gallery-guide",
                name: "Gallery Guide",
                description: "Leads a short, engaging tour of one gallery for peers or family visitors.",
                criteria: "- Research three works in one gallery\n\
                    - Write open-ended questions that invite visitors to look closely\n\
                    - Lead a 15-minute tour for at least five visitors\n\
                    - Reflect on what you would change next time",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::ADDRESS_AN_AUDIENCE, esco::USE_QUESTIONING_TECHNIQUES],
            },
            DemoBadge {
                slug: "teen-curator",
                name: "Teen Curator",
                description: "Co-curates a small exhibition with the museum's Teen Council.",
                criteria: "- Attend at least ten Teen Council meetings\n\
                    - Help choose a theme and select works with museum staff\n\
                    - Write one wall label of 100 words or fewer\n\
                    - Help install and promote the exhibition",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::WORK_IN_TEAMS, esco::THINK_CREATIVELY],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Teen Studio: Relief Printmaking",
                description: "Carve linoleum blocks and print them on the museum's etching press. Inspired by prints \
                    in the collection, you'll design an image about your neighbourhood and leave with a signed \
                    edition.",
                topics: &["arts"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["printmaker"],
            },
            DemoActivity {
                title: "Screen Print Your Own Tee",
                description:
                    "Learn how artists layer colour with screens and squeegees, then print your own design on \
                    a T-shirt or tote bag. The fee covers shirts and ink.",
                topics: &["arts", "making-building"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 1000,
                format: ActivityFormat::InPerson,
                badges: &["printmaker"],
            },
            DemoActivity {
                title: "Look Closer: Gallery Guide Training",
                description: "Practise slow looking and learn how museum educators spark great conversations about \
                    art. By the end you'll lead a short tour for friends and family on **Community Day**.",
                topics: &["arts", "civic-leadership"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["gallery-guide"],
            },
            DemoActivity {
                title: "Teen Council",
                description: "A year-long leadership group that plans teen nights, advises museum staff and curates a \
                    small exhibition. Members meet in person twice a month and work together online in between.",
                topics: &["arts", "civic-leadership", "career-work"],
                age_min: Some(15),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["teen-curator", "gallery-guide"],
            },
            DemoActivity {
                title: "Family Sketch Sundays",
                description: "Grab a clipboard and pencils and draw your way through the galleries with a teaching \
                    artist. Made for younger artists and the grown-ups who bring them.",
                topics: &["arts"],
                age_min: Some(6),
                age_max: Some(11),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "lakeside-zoo",
        name: "Lakeside Zoo & Conservation Park",
        kind: OrgKind::Museum,
        neighbourhood: "lakeshore-north",
        address: "5200 N. Lakeview Park Drive",
        website: "https://lakeside-zoo.example.org",
        description: "A free-admission zoo on the north lakefront caring for more than 150 species, with a special \
            focus on Great Lakes wildlife. Youth programs range from junior zookeeper days to paid conservation \
            internships.",
        badges: &[
            DemoBadge {
                slug: "animal-behaviour-observer",
                name: "Animal Behaviour Observer",
                description: "Observes an animal systematically and describes its behaviour using an ethogram.",
                criteria: "- Learn the ethogram for one species with a zoo educator\n\
                    - Record behaviour at one-minute intervals for 30 minutes\n\
                    - Summarise the results in a simple chart\n\
                    - Suggest one question an animal keeper could investigate",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::ATTEND_TO_DETAIL, esco::MANAGE_QUANTITATIVE_DATA],
            },
            DemoBadge {
                slug: "zoo-crew-volunteer",
                name: "Zoo Crew Volunteer",
                description: "Recognises teens who volunteer to engage guests at animal exhibits.",
                criteria: "- Complete Zoo Crew orientation and biofact-handling training\n\
                    - Volunteer at least 40 hours in one season\n\
                    - Give at least ten guest talks at exhibits\n\
                    - Follow all animal welfare guidelines",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::INTERACT_WITH_OTHERS],
            },
            DemoBadge {
                slug: "conservation-advocate",
                name: "Conservation Advocate",
                description: "Designs and runs a campaign that helps people protect local wildlife.",
                criteria: "- Research a threat to a Great Lakes species\n\
                    - Plan a campaign with a clear audience and call to action\n\
                    - Reach at least 100 people through events or media\n\
                    - Measure the result and share it with the zoo's conservation team",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::PERSUADE_OTHERS, esco::FOLLOW_SUSTAINABLE_PRACTICES],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Junior Zookeeper Days",
                description: "Spend a day behind the scenes preparing animal diets, building enrichment toys and \
                    watching how the animals respond. Scholarships cover the fee for families who need them.",
                topics: &["science", "nature-environment"],
                age_min: Some(8),
                age_max: Some(12),
                cost_cents: 2500,
                format: ActivityFormat::InPerson,
                badges: &["animal-behaviour-observer"],
            },
            DemoActivity {
                title: "Zoo Crew",
                description: "Teen volunteers staff the touch tables and chat with guests about the animals. You'll \
                    learn animal facts, how to handle biofacts and how to keep a conversation going with a very \
                    curious four-year-old.",
                topics: &["science", "civic-leadership"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["zoo-crew-volunteer"],
            },
            DemoActivity {
                title: "Wildlife Watchers: Animal Behaviour Lab",
                description: "Discover how zoo researchers study behaviour. Choose an animal, build an observation \
                    sheet and collect data over several visits to find out how it really spends its day.",
                topics: &["science", "math"],
                age_min: Some(12),
                age_max: Some(16),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["animal-behaviour-observer"],
            },
            DemoActivity {
                title: "Great Lakes Conservation Campaign",
                description:
                    "Work with zoo conservation staff to plan a campaign about one local species, such as the \
                    piping plover or the lake sturgeon. Teams meet online each week and host a pop-up event at the \
                    zoo.",
                topics: &["nature-environment", "civic-leadership", "digital-media"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["conservation-advocate"],
            },
        ],
    },
    DemoOrg {
        slug: "lakeside-history-center",
        name: "Lakeside History Center",
        kind: OrgKind::Museum,
        neighbourhood: "riverbend",
        address: "1601 W. Canal Street",
        website: "https://lakeside-history-center.example.org",
        description:
            "The city's history museum and archive, holding millions of photographs, maps and oral histories. \
            Young people learn to work with primary sources and to tell the stories of their own neighbourhoods.",
        badges: &[
            DemoBadge {
                slug: "archive-detective",
                name: "Archive Detective",
                description: "Uses primary sources to answer a question about the city's past.",
                criteria: "- Handle archival materials following reading-room rules\n\
                    - Find at least three primary sources on one topic\n\
                    - Compare what two sources say and note any bias\n\
                    - Write a short caption explaining your findings",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::EVALUATE_INFORMATION],
            },
            DemoBadge {
                slug: "oral-historian",
                name: "Oral Historian",
                description: "Records and preserves an oral history interview with a community member.",
                criteria: "- Prepare interview questions with a History Center educator\n\
                    - Record a 20-minute interview with signed consent\n\
                    - Write a summary and a time-coded index\n\
                    - Submit the recording to the Neighbourhood Voices collection",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::USE_QUESTIONING_TECHNIQUES],
            },
            DemoBadge {
                slug: "history-fair-finalist",
                name: "History Fair Finalist",
                description: "Awarded to students whose History Fair projects advance to the city final.",
                criteria: "- Complete a History Fair project: exhibit, documentary, paper, performance or website\n\
                    - Include an annotated bibliography with primary and secondary sources\n\
                    - Present at a regional fair\n\
                    - Be selected by the judges for the city final",
                achievement_type: AchievementType::Award,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Neighbourhood Voices Oral History Project",
                description: "Interview an elder in your family or on your block about how the neighbourhood has \
                    changed. You'll learn recording techniques in person, then edit and index your interview online. \
                    Selected stories join the museum's permanent archive.",
                topics: &["civic-leadership", "digital-media", "arts"],
                age_min: Some(14),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["oral-historian"],
            },
            DemoActivity {
                title: "Archive Detectives",
                description:
                    "Put on cotton gloves and dig into old maps, photographs and newspapers. Each week brings \
                    a new mystery about the city, from a vanished amusement park to the year the river was made to run \
                    backwards.",
                topics: &["civic-leadership"],
                age_min: Some(11),
                age_max: Some(14),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["archive-detective"],
            },
            DemoActivity {
                title: "History Fair Workshop Series",
                description: "Get help turning an idea into a strong History Fair project. Archivists help you track \
                    down sources, and past finalists share their tips for exhibits and documentaries.",
                topics: &["civic-leadership", "arts"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["history-fair-finalist", "archive-detective"],
            },
            DemoActivity {
                title: "Read the City Walking Tours",
                description: "Explore a different neighbourhood on foot each session and learn to spot clues in \
                    buildings, street names and old railway lines. Wear comfortable shoes!",
                topics: &["civic-leadership", "nature-environment", "sports-wellness"],
                age_min: Some(12),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "dunewood-observatory",
        name: "Dunewood Observatory & Planetarium",
        kind: OrgKind::Museum,
        neighbourhood: "dunewood",
        address: "7600 S. Shoreline Road",
        website: "https://dunewood-observatory.example.org",
        description: "A lakeside planetarium and public observatory with a 20-inch telescope and a full-dome theatre. \
            Teen astronomers help run monthly star parties and learn to process real telescope images.",
        badges: &[
            DemoBadge {
                slug: "stargazer",
                name: "Stargazer",
                description: "Finds and identifies major constellations, planets and the phases of the Moon.",
                criteria: "- Identify at least eight constellations in the dome or the real sky\n\
                    - Track the Moon's phase for two weeks\n\
                    - Locate two planets using a star chart\n\
                    - Share your observing log with an educator",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::DEMONSTRATE_CURIOSITY],
            },
            DemoBadge {
                slug: "telescope-operator",
                name: "Telescope Operator",
                description: "Certified to set up and operate the observatory's public telescopes at star parties.",
                criteria: "- Complete three training nights with observatory staff\n\
                    - Align and focus a telescope without help\n\
                    - Find five objects from the target list\n\
                    - Help the public safely during one star party",
                achievement_type: AchievementType::Certificate,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[],
            },
            DemoBadge {
                slug: "astro-imager",
                name: "Astro-Imager",
                description: "Captures and processes astronomical images using remote research telescopes.",
                criteria: "- Request observations from the remote telescope network\n\
                    - Calibrate and stack image frames\n\
                    - Produce a colour image of a galaxy or nebula\n\
                    - Measure the brightness of a variable star and graph it over time",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::MANAGE_QUANTITATIVE_DATA, esco::COMMUNICATE_MATHEMATICAL_INFORMATION],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Planetarium Star Hunters",
                description: "Lie back under the dome and learn to find the Big Dipper, Orion and the planets. Each \
                    session ends with a star-hopping challenge you can try from your own backyard.",
                topics: &["science"],
                age_min: Some(7),
                age_max: Some(11),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["stargazer"],
            },
            DemoActivity {
                title: "Star Party Crew",
                description: "Learn to set up and aim the big telescopes, then help visitors see Saturn's rings and \
                    the craters of the Moon at our monthly star parties. Crew members get the first look through the \
                    eyepiece when the gates close.",
                topics: &["science", "civic-leadership"],
                age_min: Some(14),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["telescope-operator"],
            },
            DemoActivity {
                title: "Remote Telescope Imaging",
                description: "Control a research telescope on another continent from your laptop. You'll plan \
                    observations, process the images and measure how a variable star brightens and fades.",
                topics: &["science", "technology", "math"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["astro-imager"],
            },
            DemoActivity {
                title: "Rocketry Weekend",
                description: "Build and launch a model rocket on the dunes. Learn about thrust, stability and \
                    parachute recovery, and compare flight altitudes with your team. The fee covers rocket kits and \
                    motors.",
                topics: &["engineering", "science", "making-building"],
                age_min: Some(11),
                age_max: Some(15),
                cost_cents: 1200,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "lpl-central-library",
        name: "Lakeside Public Library – Central Library",
        kind: OrgKind::Library,
        neighbourhood: "harbor-point",
        address: "400 S. Commons Street",
        website: "https://lpl-central-library.example.org",
        description: "The flagship of the Lakeside Public Library, with ten floors of collections, a teen digital \
            studio called **The Loft** and a maker lab open to every card holder. All programs are free, and you don't \
            need a library card to drop in.",
        badges: &[
            DemoBadge {
                slug: "digital-studio-member",
                name: "Digital Studio Member",
                description: "Completes the orientation for The Loft, the library's teen digital studio.",
                criteria: "- Attend a Loft orientation\n\
                    - Book and use one piece of studio equipment: camera, keyboard or drawing tablet\n\
                    - Save and share your project following the studio's file guidelines\n\
                    - Agree to the studio's community norms",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::DEVELOP_DIGITAL_CONTENT],
            },
            DemoBadge {
                slug: "research-pro",
                name: "Research Pro",
                description: "Finds, evaluates and cites reliable sources for a research question.",
                criteria: "- Use the catalogue and two library databases to find sources\n\
                    - Check each source with a credibility checklist\n\
                    - Build a bibliography in a standard citation style\n\
                    - Explain to a librarian why you trusted or rejected a source",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::SEARCH_INFORMATION_ONLINE, esco::EVALUATE_INFORMATION],
            },
            DemoBadge {
                slug: "music-producer",
                name: "Music Producer",
                description: "Records, mixes and exports an original track in the studio.",
                criteria: "- Complete studio booking and equipment training\n\
                    - Record at least two tracks of vocals or instruments\n\
                    - Arrange and mix a song of at least 90 seconds\n\
                    - Share it at a Loft listening session",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::DEVELOP_DIGITAL_CONTENT, esco::COPYRIGHT_AND_LICENSES],
            },
            DemoBadge {
                slug: "teen-tech-mentor",
                name: "Teen Tech Mentor",
                description: "Recognises teens who help library patrons with technology.",
                criteria: "- Hold at least one other Loft badge\n\
                    - Complete 12 hours of mentor training\n\
                    - Volunteer 30 hours at the tech help desk\n\
                    - Receive feedback from patrons and a supervising librarian",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::INSTRUCT_OTHERS, esco::SOLVE_TECHNICAL_PROBLEMS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "The Loft Open Studio",
                description: "Drop in after school to make beats, edit videos, draw on tablets or play games with \
                    friends. Mentors are around to show you the tools and help you start a project.",
                topics: &["digital-media", "technology", "arts"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["digital-studio-member"],
            },
            DemoActivity {
                title: "Beat Lab",
                description: "Build beats in a digital audio workstation, record vocals in the booth and mix a \
                    finished track. Bring your lyrics or start from scratch.",
                topics: &["arts", "digital-media"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["music-producer"],
            },
            DemoActivity {
                title: "Research Like a Pro",
                description: "A four-week online mini-course on finding sources that hold up: databases, advanced \
                    search tricks and spotting misinformation. Perfect before a big school paper.",
                topics: &["technology", "civic-leadership"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["research-pro"],
            },
            DemoActivity {
                title: "Tech Help Mentors",
                description: "Help older adults set up phones, join video calls and stay safe online. Training covers \
                    patience, clear explanations and the most common device problems.",
                topics: &["technology", "civic-leadership", "career-work"],
                age_min: Some(15),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["teen-tech-mentor"],
            },
            DemoActivity {
                title: "Maker Lab Sampler",
                description: "Try a different maker lab tool each week: 3D printer, vinyl cutter, sewing machine and \
                    laser engraver. A great start before you dive into a bigger project.",
                topics: &["making-building", "technology"],
                age_min: Some(11),
                age_max: Some(16),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "lpl-foundry-row-branch",
        name: "Lakeside Public Library – Foundry Row Branch",
        kind: OrgKind::Library,
        neighbourhood: "foundry-row",
        address: "1336 W. 18th Place",
        website: "https://lpl-foundry-row-branch.example.org",
        description:
            "A bilingual English and Spanish neighbourhood branch known for its busy homework help centre and \
            a small podcast studio. Staff run programs with local artists and schools all year round.",
        badges: &[
            DemoBadge {
                slug: "summer-reading-champion",
                name: "Summer Reading Champion",
                description: "Completes the library's summer reading and learning challenge.",
                criteria: "- Log at least 20 hours of reading over the summer\n\
                    - Complete three learning activities from the challenge card\n\
                    - Write or record a short review of a favourite book\n\
                    - Visit the branch to collect your prize",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::USE_LEARNING_STRATEGIES],
            },
            DemoBadge {
                slug: "podcast-producer",
                name: "Podcast Producer",
                description: "Plans, records and publishes a podcast episode.",
                criteria: "- Write an episode outline with segments\n\
                    - Record with good microphone technique in the branch studio\n\
                    - Edit the episode and add intro music you have the rights to use\n\
                    - Publish it to the branch podcast feed",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::DEVELOP_DIGITAL_CONTENT, esco::COPYRIGHT_AND_LICENSES],
            },
            DemoBadge {
                slug: "homework-helper",
                name: "Homework Helper",
                description: "Volunteers who tutor younger students at the branch homework centre.",
                criteria: "- Complete tutor training with the branch librarian\n\
                    - Tutor at least 25 hours in one semester\n\
                    - Keep a log of subjects covered and strategies used\n\
                    - Support students in English, Spanish or both",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::INSTRUCT_OTHERS, esco::DEMONSTRATE_INTERCULTURAL_COMPETENCE],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Summer Reading & Learning Challenge",
                description:
                    "Read, explore and win prizes all summer long. Pick up a challenge card, log your reading \
                    minutes and try hands-on activities like **seed planting** and **comic drawing**.",
                topics: &["arts", "science"],
                age_min: Some(6),
                age_max: Some(14),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["summer-reading-champion"],
            },
            DemoActivity {
                title: "Podcast Studio Sessions",
                description: "Plan, record and edit a podcast about anything you care about: music, sports, your \
                    neighbourhood. Spanish-language and bilingual shows are very welcome.",
                topics: &["digital-media", "arts"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["podcast-producer"],
            },
            DemoActivity {
                title: "Teen Homework Helpers",
                description:
                    "Use your skills to help younger kids with reading and math after school. Volunteer hours \
                    count toward your school's service-learning requirement.",
                topics: &["civic-leadership", "career-work"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["homework-helper"],
            },
            DemoActivity {
                title: "Papel Picado & Paper Arts",
                description: "Learn the traditional craft of papel picado and other paper-cutting techniques from a \
                    local artist, then decorate the branch for a community celebration. All materials are provided, \
                    and families are welcome to stay and cut along.",
                topics: &["arts"],
                age_min: Some(8),
                age_max: Some(13),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "lpl-dunewood-branch",
        name: "Lakeside Public Library – Dunewood Branch",
        kind: OrgKind::Library,
        neighbourhood: "dunewood",
        address: "7455 S. Dunes Avenue",
        website: "https://lpl-dunewood-branch.example.org",
        description: "A bright, modern branch a few steps from the beach, with a Teen Tech Lab, a seed library and a \
            big community room used for coding clubs and chess tournaments. Teen volunteers help run many of its \
            programs.",
        badges: &[
            DemoBadge {
                slug: "coding-cafe-coder",
                name: "Coding Café Coder",
                description: "Completes a first coding project in the Teen Tech Lab.",
                criteria: "- Finish three guided block-coding challenges\n\
                    - Build an original interactive story or game\n\
                    - Share your project link with the group\n\
                    - Help one other person debug their project",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::SCRATCH],
            },
            DemoBadge {
                slug: "chess-strategist",
                name: "Chess Strategist",
                description: "Shows steady chess skill and sportsmanship in the branch league.",
                criteria: "- Play at least 12 rated league games\n\
                    - Record and analyse two of your games with a coach\n\
                    - Solve 50 tactics puzzles\n\
                    - Show good sportsmanship in every match",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::DEVELOP_STRATEGY_TO_SOLVE_PROBLEMS, esco::MAKE_DECISIONS],
            },
            DemoBadge {
                slug: "seed-saver",
                name: "Seed Saver",
                description: "Grows plants from the seed library and returns saved seeds for others.",
                criteria: "- Check out seeds from the seed library\n\
                    - Keep a growing journal for one season\n\
                    - Harvest and dry seeds from your plants\n\
                    - Return labelled seeds for the next gardener",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Coding Café",
                description: "Snacks, laptops and friendly mentors every Wednesday. Start with block coding and build \
                    games, animations and interactive stories you can show your family.",
                topics: &["technology"],
                age_min: Some(10),
                age_max: Some(14),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["coding-cafe-coder"],
            },
            DemoActivity {
                title: "Chess Club & League",
                description: "All levels welcome, from first moves to tournament players. A short weekly lesson is \
                    followed by rated league games.",
                topics: &["math", "sports-wellness"],
                age_min: Some(8),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["chess-strategist"],
            },
            DemoActivity {
                title: "Seed Library Growers",
                description:
                    "Borrow seeds, grow vegetables and flowers at home or in the branch garden, and learn how \
                    to save seeds at the end of the season. Monthly meet-ups cover composting, watering and swapping \
                    tips with other growers.",
                topics: &["nature-environment", "science"],
                age_min: Some(8),
                age_max: Some(16),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["seed-saver"],
            },
            DemoActivity {
                title: "Online Chess Puzzle Rush",
                description:
                    "Weekly online puzzle challenges with a live coach on video. Sharpen your tactics and see \
                    how you rank against players from other branches.",
                topics: &["math"],
                age_min: Some(10),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["chess-strategist"],
            },
        ],
    },
    DemoOrg {
        slug: "northgate-high-school",
        name: "Northgate Public High School",
        kind: OrgKind::School,
        neighbourhood: "northgate",
        address: "4900 N. Ashgrove Avenue",
        website: "https://northgate-high-school.example.org",
        description: "A neighbourhood public high school of 1,600 students with strong career and technical education \
            pathways. Students earn badges for co-curricular work, from robotics to service learning, that appear on \
            their learning record.",
        badges: &[
            DemoBadge {
                slug: "intro-computer-science",
                name: "Introduction to Computer Science",
                description: "Completes the school's year-long introductory computer science course.",
                criteria: "- Pass both semesters of Introduction to Computer Science\n\
                    - Complete the final app or website project\n\
                    - Present the project at the spring showcase",
                achievement_type: AchievementType::Course,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::COMPUTER_PROGRAMMING],
            },
            DemoBadge {
                slug: "robotics-team-member",
                name: "Robotics Team Member",
                description: "Active member of the school's competitive robotics team for a full season.",
                criteria: "- Attend at least 80% of build meetings\n\
                    - Take responsibility for a subsystem: drive, arm, code or outreach\n\
                    - Compete in at least two events\n\
                    - Keep an up-to-date engineering notebook",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::WORK_IN_TEAMS, esco::SOLVE_TECHNICAL_PROBLEMS],
            },
            DemoBadge {
                slug: "service-learning-40",
                name: "Service Learning: 40 Hours",
                description: "Completes 40 hours of documented service learning.",
                criteria: "- Complete 40 hours of approved community service\n\
                    - Connect the service to a class or career pathway\n\
                    - Write a reflection on your impact and what you learned\n\
                    - Have your hours signed off by a site supervisor",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::DEMONSTRATE_CONSIDERATION],
            },
            DemoBadge {
                slug: "student-ambassador",
                name: "Student Ambassador",
                description: "Represents the school to visitors and welcomes incoming freshmen.",
                criteria: "- Complete ambassador training\n\
                    - Lead at least four tours or family nights\n\
                    - Mentor a group of freshmen for one semester\n\
                    - Keep good attendance and conduct throughout the year",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::ADDRESS_AN_AUDIENCE, esco::SUPPORT_COLLEAGUES],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Robotics Team: Build Season",
                description: "Design, build and program a competition robot in six intense weeks. Every role matters: \
                    mechanics, programmers, CAD designers and the outreach crew.",
                topics: &["engineering", "technology", "making-building"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["robotics-team-member"],
            },
            DemoActivity {
                title: "Service Learning Fair",
                description: "Meet 30 community partners looking for student volunteers, from food pantries to animal \
                    shelters, and sign up for projects that fit your schedule and interests. Staff help you log your \
                    hours toward the 40-hour service badge.",
                topics: &["civic-leadership"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["service-learning-40"],
            },
            DemoActivity {
                title: "Freshman Connection Mentors",
                description: "Upperclassmen welcome new freshmen at summer orientation and in monthly mentoring \
                    groups. Training covers listening skills and how to run a group activity.",
                topics: &["civic-leadership"],
                age_min: Some(15),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["student-ambassador"],
            },
            DemoActivity {
                title: "Computer Science Showcase Prep",
                description: "After-school and online support for students finishing their final computer science \
                    projects. Bring your app or website and get feedback before the spring showcase.",
                topics: &["technology"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["intro-computer-science"],
            },
        ],
    },
    DemoOrg {
        slug: "dunewood-stem-academy",
        name: "Dunewood STEM Academy",
        kind: OrgKind::School,
        neighbourhood: "dunewood",
        address: "7120 S. Beachway Boulevard",
        website: "https://dunewood-stem-academy.example.org",
        description: "A public STEM magnet school serving grades 6 to 12. Its after-school labs and summer bridge \
            program are open to students from across the south lakefront.",
        badges: &[
            DemoBadge {
                slug: "engineering-design-process",
                name: "Engineering Design Process",
                description: "Applies the engineering design process to a hands-on challenge.",
                criteria: "- Define the problem and its constraints\n\
                    - Brainstorm and sketch at least three solutions\n\
                    - Build and test a prototype\n\
                    - Improve the design based on test results",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::CREATE_SOLUTIONS_TO_PROBLEMS],
            },
            DemoBadge {
                slug: "math-league-competitor",
                name: "Math League Competitor",
                description: "Competes in a full season of the citywide math league.",
                criteria: "- Attend weekly practice for one season\n\
                    - Compete in at least four league meets\n\
                    - Explain a contest solution to the team at practice",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::COMMUNICATE_MATHEMATICAL_INFORMATION],
            },
            DemoBadge {
                slug: "stem-summer-bridge",
                name: "STEM Summer Bridge",
                description: "Completes the four-week summer bridge program before ninth grade.",
                criteria: "- Attend at least 18 of the 20 program days\n\
                    - Complete the math and lab science modules\n\
                    - Build and present a team engineering project",
                achievement_type: AchievementType::LearningProgram,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::WORK_IN_TEAMS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Bridge Builders Challenge",
                description: "Teams design balsa-wood bridges, test them to breaking point and redesign for strength. \
                    Who can hold the most weight with the least wood?",
                topics: &["engineering", "math", "making-building"],
                age_min: Some(11),
                age_max: Some(14),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["engineering-design-process"],
            },
            DemoActivity {
                title: "Math League Practice",
                description: "Work through contest problems with friends and a coach every Tuesday. Whether you love \
                    number puzzles or geometry, there's a spot for you on the team.",
                topics: &["math"],
                age_min: Some(11),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["math-league-competitor"],
            },
            DemoActivity {
                title: "Summer STEM Bridge",
                description: "Four weeks of lab science, math and engineering projects to get you ready for high \
                    school. Lunch and transit cards are provided.",
                topics: &["science", "math", "engineering"],
                age_min: Some(13),
                age_max: Some(15),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["stem-summer-bridge"],
            },
            DemoActivity {
                title: "Young Women in Engineering Saturdays",
                description: "A monthly lab led by women engineers from local firms. Build circuits, design wind \
                    turbines and hear how your mentors found their way into engineering.",
                topics: &["engineering", "making-building", "career-work"],
                age_min: Some(11),
                age_max: Some(15),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["engineering-design-process"],
            },
        ],
    },
    DemoOrg {
        slug: "westhaven-college-prep",
        name: "Westhaven College Prep",
        kind: OrgKind::School,
        neighbourhood: "westhaven",
        address: "4350 W. Grove Street",
        website: "https://westhaven-college-prep.example.org",
        description: "A public college-prep high school on the West Side where every senior leaves with a plan for \
            life after graduation. Its advisory program uses badges to mark career exploration and college readiness \
            milestones.",
        badges: &[
            DemoBadge {
                slug: "career-explorer",
                name: "Career Explorer",
                description: "Explores three careers through interviews, job shadows or site visits.",
                criteria: "- Complete a career interest inventory\n\
                    - Interview or shadow professionals in three different fields\n\
                    - Write a reflection comparing the three careers",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::IDENTIFY_OPPORTUNITIES],
            },
            DemoBadge {
                slug: "college-application-ready",
                name: "College Application Ready",
                description: "Completes every step of a college or training application with an advisor.",
                criteria: "- Build a list of at least five schools or programs with a counsellor\n\
                    - Draft a personal statement and revise it after feedback\n\
                    - Submit at least one application and a financial aid form\n\
                    - Request two recommendation letters on time",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::MANAGE_TIME, esco::MEET_COMMITMENTS],
            },
            DemoBadge {
                slug: "public-speaking",
                name: "Public Speaking",
                description: "Delivers a prepared speech with confidence and clear structure.",
                criteria: "- Write a three-to-five-minute speech with a clear opening and close\n\
                    - Rehearse with peer feedback at least twice\n\
                    - Deliver the speech to an audience of 20 or more\n\
                    - Reflect on a recording of your speech",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::ADDRESS_AN_AUDIENCE, esco::ACCEPT_CONSTRUCTIVE_CRITICISM],
            },
        ],
        activities: &[
            DemoActivity {
                title: "College Application Bootcamp",
                description: "Weekly workshops and online office hours to write essays, compare financial aid offers \
                    and hit every deadline. Parents and guardians are invited to the financial aid night.",
                topics: &["career-work"],
                age_min: Some(16),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["college-application-ready"],
            },
            DemoActivity {
                title: "Career Shadow Days",
                description: "Spend a day with a nurse, an electrician, an architect or a software developer. \
                    Transportation from school is provided.",
                topics: &["career-work"],
                age_min: Some(15),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["career-explorer"],
            },
            DemoActivity {
                title: "Speech & Debate Club",
                description: "Practise persuasive speaking, impromptu speeches and debate rounds. Compete in city \
                    tournaments or just build your confidence in front of a crowd.",
                topics: &["civic-leadership", "arts"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["public-speaking"],
            },
            DemoActivity {
                title: "Freshman Career Discovery Week",
                description: "Take interest surveys, play career games and meet guest speakers from a different \
                    industry every day of the week. You'll finish the week with a list of careers you want to explore \
                    next.",
                topics: &["career-work"],
                age_min: Some(14),
                age_max: Some(15),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["career-explorer"],
            },
        ],
    },
    DemoOrg {
        slug: "lcc-school-of-business",
        name: "Lakeside City College – School of Business",
        kind: OrgKind::College,
        neighbourhood: "riverbend",
        address: "30 W. Riverbend Plaza",
        website: "https://lcc-school-of-business.example.org",
        description:
            "The business school of the city's public community college offers dual-credit courses and summer \
            academies for high school students. Its competency badges follow a three-step scale: **Developing**, \
            **Proficient** and **Mastery**.",
        badges: &[
            DemoBadge {
                slug: "teamwork-developing",
                name: "Teamwork – Developing",
                description: "Shows developing ability to contribute to a team project in a business setting.",
                criteria: "- Take on a defined role in a team case study\n\
                    - Meet the deadlines your team agreed for your part\n\
                    - Give and receive peer feedback using the course rubric\n\
                    - Score at least Developing on the teamwork rubric",
                achievement_type: AchievementType::Competency,
                level_name: Some("Developing"),
                level_rank: Some(1),
                city_level: Some(2),
                skills: &[esco::WORK_IN_TEAMS],
            },
            DemoBadge {
                slug: "business-communication-proficient",
                name: "Business Communication – Proficient",
                description: "Communicates business ideas clearly in writing and in presentations.",
                criteria: "- Write a one-page business memo scored Proficient on the rubric\n\
                    - Deliver a five-minute pitch with supporting slides\n\
                    - Answer audience questions accurately\n\
                    - Revise written work after instructor feedback",
                achievement_type: AchievementType::Competency,
                level_name: Some("Proficient"),
                level_rank: Some(2),
                city_level: Some(3),
                skills: &[esco::ADDRESS_AN_AUDIENCE, esco::USE_PRESENTATION_SOFTWARE],
            },
            DemoBadge {
                slug: "financial-analysis-proficient",
                name: "Financial Analysis – Proficient",
                description: "Builds and interprets a basic financial model for a small business.",
                criteria: "- Build a budget and break-even analysis in a spreadsheet\n\
                    - Interpret the results for a non-expert audience\n\
                    - Score Proficient on the financial analysis assessment",
                achievement_type: AchievementType::Competency,
                level_name: Some("Proficient"),
                level_rank: Some(2),
                city_level: Some(3),
                skills: &[esco::USE_SPREADSHEETS_SOFTWARE, esco::MANAGE_QUANTITATIVE_DATA],
            },
            DemoBadge {
                slug: "entrepreneurial-thinking-mastery",
                name: "Entrepreneurial Thinking – Mastery",
                description: "Develops and defends a complete, evidence-based business plan.",
                criteria: "- Validate a business idea with at least 20 customer interviews\n\
                    - Write a full business plan including marketing and finances\n\
                    - Pitch to a panel of local entrepreneurs\n\
                    - Score Mastery on the capstone rubric",
                achievement_type: AchievementType::Competency,
                level_name: Some("Mastery"),
                level_rank: Some(3),
                city_level: Some(4),
                skills: &[esco::IDENTIFY_OPPORTUNITIES, esco::PERSUADE_OTHERS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Summer Business Academy",
                description: "Three weeks on campus running a simulated company with your classmates. You'll rotate \
                    through marketing, finance and operations, then present your results to real business leaders.",
                topics: &["career-work", "math"],
                age_min: Some(15),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["teamwork-developing", "business-communication-proficient"],
            },
            DemoActivity {
                title: "Dual-Credit Introduction to Business",
                description:
                    "Earn three college credits while you are still in high school. The class meets on campus \
                    once a week, with online modules in between.",
                topics: &["career-work"],
                age_min: Some(16),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["teamwork-developing", "financial-analysis-proficient"],
            },
            DemoActivity {
                title: "Youth Entrepreneurship Capstone",
                description: "Turn your business idea into a real plan with coaching from faculty and local founders. \
                    The strongest teams win small seed grants at the final pitch night.",
                topics: &["career-work", "civic-leadership"],
                age_min: Some(16),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["entrepreneurial-thinking-mastery"],
            },
            DemoActivity {
                title: "Money Moves: Personal Finance Online",
                description: "A self-paced online course on budgeting, credit, student loans and taxes, with live \
                    question-and-answer sessions every other week. Finish every module to earn a certificate of \
                    completion from the college.",
                topics: &["math", "career-work"],
                age_min: Some(15),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["financial-analysis-proficient"],
            },
        ],
    },
    DemoOrg {
        slug: "midway-commons-community-college",
        name: "Midway Commons Community College",
        kind: OrgKind::College,
        neighbourhood: "midway-commons",
        address: "6301 S. Midway Avenue",
        website: "https://midway-commons-community-college.example.org",
        description: "A community college campus offering career certificates in health care, information technology \
            and advanced manufacturing. High school students can take early-college courses and earn \
            industry-recognised certificates.",
        badges: &[
            DemoBadge {
                slug: "health-careers-explorer",
                name: "Health Careers Explorer",
                description: "Completes the Health Careers Exploration program.",
                criteria: "- Attend six career sessions with nurses, technicians and therapists\n\
                    - Complete a hospital simulation lab\n\
                    - Complete hands-only CPR awareness training\n\
                    - Create a personal health-career plan",
                achievement_type: AchievementType::LearningProgram,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[],
            },
            DemoBadge {
                slug: "cnc-operator-level-1",
                name: "CNC Operator – Level 1",
                description: "Operates a CNC mill safely under supervision.",
                criteria: "- Complete the machine shop safety certification\n\
                    - Read a basic engineering drawing\n\
                    - Set up and run a CNC mill program\n\
                    - Measure finished parts with callipers and micrometers",
                achievement_type: AchievementType::Certificate,
                level_name: Some("Level 1"),
                level_rank: Some(1),
                city_level: Some(2),
                skills: &[esco::CARRY_OUT_MEASUREMENTS, esco::FOLLOW_SAFETY_PRECAUTIONS],
            },
            DemoBadge {
                slug: "it-support-fundamentals",
                name: "IT Support Fundamentals",
                description: "Completes the early-college IT support certificate course.",
                criteria: "- Pass all course modules on hardware, operating systems and networking\n\
                    - Complete 20 hours of lab practice troubleshooting real devices\n\
                    - Pass the final practical exam",
                achievement_type: AchievementType::Certificate,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::SOLVE_TECHNICAL_PROBLEMS, esco::PROTECT_ICT_DEVICES],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Health Careers Exploration",
                description:
                    "Put on scrubs and practise real skills in the nursing simulation lab. Meet professionals \
                    from nursing, radiology and physical therapy to learn what each job is really like.",
                topics: &["science", "career-work"],
                age_min: Some(15),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["health-careers-explorer"],
            },
            DemoActivity {
                title: "Early College: IT Support",
                description: "A semester-long college course for high school juniors and seniors. Learn to build and \
                    repair computers, set up networks and help users, then sit the final practical exam.",
                topics: &["technology", "career-work"],
                age_min: Some(16),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["it-support-fundamentals"],
            },
            DemoActivity {
                title: "Advanced Manufacturing Summer Camp",
                description: "Work in a real machine shop learning CNC machining, precision measurement and quality \
                    control. Local manufacturers visit to talk about apprenticeships and jobs.",
                topics: &["engineering", "making-building", "career-work"],
                age_min: Some(15),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["cnc-operator-level-1"],
            },
            DemoActivity {
                title: "Campus Discovery Day",
                description: "Tour the labs, meet instructors and sit in on a class. Find out which certificate \
                    programs you can start while you're still in high school.",
                topics: &["career-work"],
                age_min: Some(14),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "lakeshore-university-young-scholars",
        name: "Lakeshore University Young Scholars Program",
        kind: OrgKind::College,
        neighbourhood: "lakeshore-north",
        address: "6500 N. University Parkway",
        website: "https://lakeshore-university-young-scholars.example.org",
        description: "A research university's outreach program connecting high school students with faculty labs, \
            writing workshops and campus life. Courses are taught by graduate students and faculty, and most are free.",
        badges: &[
            DemoBadge {
                slug: "academic-writing",
                name: "Academic Writing",
                description: "Completes the university's college writing workshop for high school students.",
                criteria: "- Attend all six workshop sessions\n\
                    - Write and revise an argumentative essay of 1,500 words\n\
                    - Take part in two rounds of peer review",
                achievement_type: AchievementType::Course,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::ACCEPT_CONSTRUCTIVE_CRITICISM],
            },
            DemoBadge {
                slug: "data-science-intro",
                name: "Introduction to Data Science",
                description: "Analyses a real public data set using Python.",
                criteria: "- Complete the eight-week online course\n\
                    - Clean and visualise a public city data set in Python\n\
                    - Present one finding with a chart and a written explanation",
                achievement_type: AchievementType::Course,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::PYTHON, esco::MANAGE_QUANTITATIVE_DATA],
            },
            DemoBadge {
                slug: "young-scholar-researcher",
                name: "Young Scholar Researcher",
                description: "Completes a mentored research project in a university lab.",
                criteria: "- Complete lab safety and research ethics training\n\
                    - Work at least 100 hours on a faculty-mentored project\n\
                    - Write an abstract and present a poster\n\
                    - Receive a positive evaluation from your mentor",
                achievement_type: AchievementType::MicroCredential,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::EVALUATE_INFORMATION, esco::WORK_INDEPENDENTLY],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Summer Research Apprenticeship",
                description: "Spend six weeks in a university lab in chemistry, neuroscience, materials science or \
                    environmental engineering. Apprentices receive a stipend and present at the closing poster \
                    session.",
                topics: &["science", "engineering", "career-work"],
                age_min: Some(16),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["young-scholar-researcher"],
            },
            DemoActivity {
                title: "College Writing Workshop",
                description: "Learn to build strong arguments, use evidence and revise like a college student. \
                    Sessions alternate between campus classrooms and online peer review.",
                topics: &["arts", "career-work"],
                age_min: Some(15),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["academic-writing"],
            },
            DemoActivity {
                title: "Data Science with City Data",
                description: "Explore open data on bus routes, street trees and 311 calls using Python notebooks in \
                    your browser. No coding experience needed, just curiosity.",
                topics: &["technology", "math"],
                age_min: Some(15),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["data-science-intro"],
            },
            DemoActivity {
                title: "Campus for a Day",
                description: "Shadow a university student, visit a lecture and a lab, eat in the dining hall and ask \
                    everything you ever wanted to know about college life. Lunch is on us.",
                topics: &["career-work"],
                age_min: Some(13),
                age_max: Some(16),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "northbeam-technologies",
        name: "Northbeam Technologies – Youth Tech Pathways",
        kind: OrgKind::Employer,
        neighbourhood: "riverbend",
        address: "222 W. Riverbend Plaza, 14th Floor",
        website: "https://northbeam-technologies.example.org",
        description: "A cloud software company with 2,000 employees in the city. Its Youth Tech Pathways program \
            offers free courses, mentoring and paid summer internships, with a badge ladder that runs from \
            **knowledge** through **skill** and **proficiency** to **certification**.",
        badges: &[
            DemoBadge {
                slug: "cloud-computing-fundamentals",
                name: "Cloud Computing Fundamentals",
                description: "Demonstrates foundational knowledge of cloud computing concepts.",
                criteria: "- Complete the six-module Cloud Fundamentals online course\n\
                    - Pass the end-of-course quiz with 80% or higher\n\
                    - Explain the difference between infrastructure, platform and software as a service in your own \
                    words",
                achievement_type: AchievementType::Badge,
                level_name: Some("Knowledge"),
                level_rank: Some(1),
                city_level: Some(1),
                skills: &[esco::DEMONSTRATE_WILLINGNESS_TO_LEARN],
            },
            DemoBadge {
                slug: "data-analysis-with-python",
                name: "Data Analysis with Python",
                description: "Applies Python to clean, analyse and visualise a data set.",
                criteria: "- Complete the hands-on labs on data cleaning and charts\n\
                    - Analyse a provided data set and answer five questions about it\n\
                    - Submit a notebook reviewed by a Northbeam mentor",
                achievement_type: AchievementType::Badge,
                level_name: Some("Skill"),
                level_rank: Some(2),
                city_level: Some(2),
                skills: &[esco::PYTHON, esco::MANAGE_QUANTITATIVE_DATA],
            },
            DemoBadge {
                slug: "web-app-developer",
                name: "Web App Developer",
                description: "Builds, tests and deploys a working web application as part of a team.",
                criteria: "- Hold the Data Analysis with Python badge or pass the placement challenge\n\
                    - Build a web app with a JavaScript front end and a simple API\n\
                    - Use version control and code review with your teammates\n\
                    - Write automated tests, deploy the app to the cloud and demo it",
                achievement_type: AchievementType::Badge,
                level_name: Some("Proficiency"),
                level_rank: Some(3),
                city_level: Some(3),
                skills: &[
                    esco::JAVASCRIPT,
                    esco::EXECUTE_SOFTWARE_TESTS,
                    esco::COLLABORATE_THROUGH_DIGITAL_TECHNOLOGIES,
                ],
            },
            DemoBadge {
                slug: "certified-junior-cloud-developer",
                name: "Certified Junior Cloud Developer",
                description: "Passes Northbeam's proctored junior developer exam and practical assessment.",
                criteria: "- Hold the Web App Developer badge\n\
                    - Complete the ten-week paid internship or an equivalent project\n\
                    - Pass the proctored exam with 70% or higher\n\
                    - Pass a practical assessment reviewed by two engineers",
                achievement_type: AchievementType::Certification,
                level_name: Some("Certification"),
                level_rank: Some(4),
                city_level: Some(4),
                skills: &[esco::COMPUTER_PROGRAMMING],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Cloud Fundamentals Online",
                description:
                    "A free, self-paced introduction to how the cloud works, with short videos, quizzes and a \
                    live Ask-an-Engineer session every month. Pass the final quiz to earn your first Northbeam badge.",
                topics: &["technology", "career-work"],
                age_min: Some(14),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["cloud-computing-fundamentals"],
            },
            DemoActivity {
                title: "Python for Data Labs",
                description: "Eight evening labs at the Northbeam office (dinner provided) plus online practice in \
                    between. Learn Python basics and build charts from real data.",
                topics: &["technology", "math"],
                age_min: Some(15),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["data-analysis-with-python"],
            },
            DemoActivity {
                title: "Team App Sprint",
                description: "Join a team of four and build a web app for a local nonprofit in six weeks, coached by \
                    Northbeam engineers. Teams demo their apps to the client on the final day.",
                topics: &["technology", "career-work"],
                age_min: Some(16),
                age_max: Some(22),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["web-app-developer"],
            },
            DemoActivity {
                title: "Summer Internship Program",
                description: "A ten-week **paid internship** on a real product team. Interns get a manager, a mentor \
                    and a project that ships, and can sit the junior developer certification at the end.",
                topics: &["technology", "career-work"],
                age_min: Some(17),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["certified-junior-cloud-developer"],
            },
            DemoActivity {
                title: "Women in Tech Career Night",
                description:
                    "Hear from engineers, designers and product managers, tour the office and get your resume \
                    reviewed over pizza. Bring a friend who is curious about technology careers.",
                topics: &["career-work", "technology"],
                age_min: Some(14),
                age_max: Some(20),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "meridian-health-partners",
        name: "Meridian Health Partners",
        kind: OrgKind::Employer,
        neighbourhood: "kingsley-park",
        address: "2800 S. Meridian Boulevard",
        website: "https://meridian-health-partners.example.org",
        description: "A nonprofit hospital system with three hospitals and a dozen neighbourhood clinics. Its Health \
            Careers Academy introduces teens and young adults to clinical and non-clinical jobs and offers first-aid \
            certification.",
        badges: &[
            DemoBadge {
                slug: "patient-care-explorer",
                name: "Patient Care Explorer",
                description: "Explores patient care careers through hospital job shadowing.",
                criteria: "- Complete confidentiality and infection-control training\n\
                    - Shadow staff in two hospital departments\n\
                    - Interview one clinician about their career path\n\
                    - Write a reflection on what you observed",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::ATTEND_TO_HYGIENE],
            },
            DemoBadge {
                slug: "cpr-first-aid",
                name: "CPR & First Aid",
                description: "Certified in adult and child CPR, AED use and basic first aid.",
                criteria: "- Complete the four-hour CPR, AED and first-aid class\n\
                    - Demonstrate chest compressions and rescue breaths on a manikin\n\
                    - Pass the written test\n\
                    - Renew every two years to keep the certificate current",
                achievement_type: AchievementType::Certificate,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[],
            },
            DemoBadge {
                slug: "hospital-volunteer",
                name: "Hospital Volunteer",
                description: "Completes a season of volunteering at a Meridian hospital.",
                criteria: "- Complete volunteer orientation and health screening\n\
                    - Volunteer at least 50 hours\n\
                    - Receive a positive evaluation from a unit supervisor",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::DEMONSTRATE_CONSIDERATION],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Health Careers Academy",
                description:
                    "Six Saturdays inside the hospital: suture practice in the simulation lab, a morning with \
                    the pharmacy team and conversations with nurses, lab technicians and respiratory therapists. \
                    Participants also take the CPR & First Aid course for free.",
                topics: &["science", "career-work"],
                age_min: Some(15),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["patient-care-explorer"],
            },
            DemoActivity {
                title: "CPR & First Aid Certification",
                description: "Learn to respond in an emergency and earn a two-year certification in one afternoon. \
                    Scholarships are available, and Health Careers Academy students attend for free.",
                topics: &["sports-wellness", "career-work"],
                age_min: Some(14),
                age_max: Some(24),
                cost_cents: 2500,
                format: ActivityFormat::InPerson,
                badges: &["cpr-first-aid"],
            },
            DemoActivity {
                title: "Teen Hospital Volunteers",
                description: "Greet families, deliver flowers, help in the gift shop or read to young patients. \
                    Volunteers commit to four hours a week for one season.",
                topics: &["civic-leadership", "career-work"],
                age_min: Some(15),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["hospital-volunteer"],
            },
            DemoActivity {
                title: "Mind & Body Wellness Workshops",
                description: "Sessions on sleep, stress, nutrition and mental health led by Meridian clinicians. Join \
                    in person at the community clinic or online from home.",
                topics: &["sports-wellness"],
                age_min: Some(12),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "ledgerstone-bank",
        name: "Ledgerstone Bank – Youth Money Lab",
        kind: OrgKind::Employer,
        neighbourhood: "harbor-point",
        address: "100 N. Ledger Street",
        website: "https://ledgerstone-bank.example.org",
        description: "A regional bank headquartered downtown. Its Youth Money Lab teaches budgeting, saving and the \
            basics of banking careers, and it offers paid summer jobs for high school students.",
        badges: &[
            DemoBadge {
                slug: "budget-builder",
                name: "Budget Builder",
                description: "Creates and tracks a realistic monthly budget.",
                criteria: "- Track your spending for four weeks\n\
                    - Build a monthly budget in a spreadsheet\n\
                    - Set one savings goal and a plan to reach it",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::USE_SPREADSHEETS_SOFTWARE],
            },
            DemoBadge {
                slug: "summer-banking-associate",
                name: "Summer Banking Associate",
                description: "Completes a paid summer work experience at a Ledgerstone branch.",
                criteria: "- Complete eight weeks of summer employment\n\
                    - Finish customer service and compliance training\n\
                    - Receive a satisfactory evaluation from your supervisor",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::COMMUNICATE_WITH_CUSTOMERS, esco::MEET_COMMITMENTS],
            },
            DemoBadge {
                slug: "peer-money-educator",
                name: "Peer Money Educator",
                description: "Teaches financial literacy lessons to younger students.",
                criteria: "- Hold the Budget Builder badge\n\
                    - Complete peer-educator training\n\
                    - Teach at least three lessons to middle school students\n\
                    - Collect and review feedback from your students",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::INSTRUCT_OTHERS, esco::COMMUNICATE_MATHEMATICAL_INFORMATION],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Youth Money Lab",
                description: "Learn how paychecks, bank accounts and credit really work through games and real-life \
                    scenarios. Every participant builds a practice budget and sets a savings goal.",
                topics: &["math", "career-work"],
                age_min: Some(13),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["budget-builder"],
            },
            DemoActivity {
                title: "Peer Money Educators",
                description: "Train to teach money lessons to sixth graders at partner schools. Educators earn a \
                    stipend for each lesson they teach.",
                topics: &["math", "civic-leadership"],
                age_min: Some(16),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["peer-money-educator"],
            },
            DemoActivity {
                title: "Summer Jobs at the Bank",
                description: "Eight weeks of paid work at a neighbourhood branch or the downtown operations centre, \
                    with Friday workshops on careers in finance. Applicants must be 16 or older and have a work permit \
                    where required.",
                topics: &["career-work"],
                age_min: Some(16),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["summer-banking-associate"],
            },
            DemoActivity {
                title: "Budgeting Basics Online",
                description: "Four short video lessons and a budget template you can use right away. Perfect for a \
                    first job or a first apartment.",
                topics: &["math"],
                age_min: Some(14),
                age_max: Some(22),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["budget-builder"],
            },
        ],
    },
    DemoOrg {
        slug: "lakeside-building-trades",
        name: "Lakeside Building Trades Pre-Apprenticeship",
        kind: OrgKind::Employer,
        neighbourhood: "union-yards",
        address: "4100 S. Trade Street",
        website: "https://lakeside-building-trades.example.org",
        description: "A partnership of construction contractors and trade unions that prepares young adults for \
            apprenticeships in carpentry, electrical work, plumbing and more. Participants are paid while they train.",
        badges: &[
            DemoBadge {
                slug: "construction-safety-10",
                name: "Construction Safety 10-Hour",
                description: "Completes a ten-hour construction safety course.",
                criteria: "- Attend all ten hours of safety training\n\
                    - Identify fall, electrical and struck-by hazards on a job site walk\n\
                    - Pass the final test",
                achievement_type: AchievementType::Certificate,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::FOLLOW_SAFETY_PRECAUTIONS],
            },
            DemoBadge {
                slug: "blueprint-reader",
                name: "Blueprint Reader",
                description: "Reads basic construction drawings and takes accurate measurements.",
                criteria: "- Identify symbols and scales on a set of plans\n\
                    - Calculate areas and material quantities\n\
                    - Lay out a small framed wall from a drawing",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::CARRY_OUT_MEASUREMENTS, esco::WORK_WITH_SHAPE_AND_SPACE],
            },
            DemoBadge {
                slug: "apprenticeship-ready",
                name: "Apprenticeship Ready",
                description: "Completes the pre-apprenticeship program and is ready to apply to union apprenticeships.",
                criteria: "- Complete 12 weeks of paid pre-apprenticeship training\n\
                    - Hold the Construction Safety 10-Hour and Blueprint Reader credentials\n\
                    - Pass the math and mechanical aptitude practice test\n\
                    - Complete a hands-on project with two different trades",
                achievement_type: AchievementType::Certification,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::MEET_COMMITMENTS, esco::WORK_IN_TEAMS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Trades Discovery Days",
                description: "Try a different trade each day: frame a wall, bend conduit, sweat a copper pipe joint \
                    and finish fresh concrete. Meet apprentices who started exactly where you are.",
                topics: &["career-work", "making-building"],
                age_min: Some(16),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
            DemoActivity {
                title: "Pre-Apprenticeship Program",
                description:
                    "A 12-week paid training program that prepares you to apply for union apprenticeships. It \
                    includes construction math, safety certification, hands-on shop work and interview practice.",
                topics: &["career-work", "making-building", "engineering"],
                age_min: Some(18),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["apprenticeship-ready", "construction-safety-10"],
            },
            DemoActivity {
                title: "Construction Math Bootcamp",
                description: "Sharpen fractions, measurement and geometry the way builders use them. Practise at home \
                    with online drills, then apply your skills in the shop on Saturdays.",
                topics: &["math", "career-work"],
                age_min: Some(17),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["blueprint-reader"],
            },
            DemoActivity {
                title: "Build a Tiny House",
                description: "Work alongside journeyworkers to build a tiny house from the floor up. The finished \
                    house is donated to a local housing nonprofit.",
                topics: &["making-building", "engineering"],
                age_min: Some(16),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["blueprint-reader"],
            },
        ],
    },
    DemoOrg {
        slug: "educator-innovation-center",
        name: "Lakeside Educator Innovation Center",
        kind: OrgKind::Other,
        neighbourhood: "riverbend",
        address: "180 N. Commons Street",
        website: "https://educator-innovation-center.example.org",
        description: "A professional learning centre for teachers, librarians and youth workers across the city. \
            Educators earn micro-credentials on a four-level ladder, from **Awareness** to **Leadership**, by showing \
            evidence from their own practice.",
        badges: &[
            DemoBadge {
                slug: "digital-learning-awareness",
                name: "Digital Learning: Awareness",
                description: "Shows awareness of key ideas and tools for digital learning.",
                criteria: "- Complete the online Awareness module\n\
                    - Write a reflection on one digital tool you could use with learners\n\
                    - Pass the short knowledge check",
                achievement_type: AchievementType::MicroCredential,
                level_name: Some("Level 1 Awareness"),
                level_rank: Some(1),
                city_level: Some(1),
                skills: &[esco::DEMONSTRATE_WILLINGNESS_TO_LEARN],
            },
            DemoBadge {
                slug: "digital-learning-application",
                name: "Digital Learning: Application",
                description: "Applies a digital learning strategy in a lesson or program session.",
                criteria: "- Hold the Level 1 Awareness micro-credential\n\
                    - Plan and teach one lesson that uses a digital learning strategy\n\
                    - Submit the plan, samples of learner work and a reflection\n\
                    - Score Meets or above on the evidence rubric",
                achievement_type: AchievementType::MicroCredential,
                level_name: Some("Level 2 Application"),
                level_rank: Some(2),
                city_level: Some(2),
                skills: &[esco::INSTRUCT_OTHERS],
            },
            DemoBadge {
                slug: "digital-learning-integration",
                name: "Digital Learning: Integration",
                description: "Integrates digital learning across a unit and measures its impact on learners.",
                criteria: "- Hold the Level 2 Application micro-credential\n\
                    - Redesign a unit of at least three weeks around digital learning\n\
                    - Collect before-and-after evidence of learner progress\n\
                    - Share the unit in the centre's open resource library",
                achievement_type: AchievementType::MicroCredential,
                level_name: Some("Level 3 Integration"),
                level_rank: Some(3),
                city_level: Some(3),
                skills: &[esco::CREATIVELY_USE_DIGITAL_TECHNOLOGIES, esco::COPYRIGHT_AND_LICENSES],
            },
            DemoBadge {
                slug: "digital-learning-leadership",
                name: "Digital Learning: Leadership",
                description: "Leads colleagues in adopting effective digital learning practices.",
                criteria: "- Hold the Level 3 Integration micro-credential\n\
                    - Facilitate at least three professional learning sessions for colleagues\n\
                    - Coach two colleagues through the Level 2 micro-credential\n\
                    - Present evidence of impact to school or network leadership",
                achievement_type: AchievementType::MicroCredential,
                level_name: Some("Level 4 Leadership"),
                level_rank: Some(4),
                city_level: Some(4),
                skills: &[esco::LEAD_OTHERS, esco::MOTIVATE_OTHERS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Digital Learning Foundations",
                description: "A self-paced online module for educators who are new to digital learning, with short \
                    readings, examples from city classrooms and a knowledge check at the end. It takes about five \
                    hours and can be done at your own pace over a month.",
                topics: &["technology", "career-work"],
                age_min: Some(21),
                age_max: None,
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["digital-learning-awareness"],
            },
            DemoActivity {
                title: "Application Studio",
                description: "Plan a lesson with a coach, teach it, and bring back learner work to analyse with \
                    colleagues. Two in-person studio sessions are supported by online coaching.",
                topics: &["technology"],
                age_min: Some(21),
                age_max: None,
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["digital-learning-application"],
            },
            DemoActivity {
                title: "Integration Cohort",
                description:
                    "A semester-long cohort for teachers redesigning a full unit, with coaching and a closing \
                    showcase. Tuition is often covered by schools or networks.",
                topics: &["technology", "career-work"],
                age_min: Some(21),
                age_max: None,
                cost_cents: 15000,
                format: ActivityFormat::Hybrid,
                badges: &["digital-learning-integration"],
            },
            DemoActivity {
                title: "Teacher Leader Fellowship",
                description:
                    "A year-long fellowship for educators ready to lead professional learning at their sites. \
                    Fellows facilitate workshops, coach colleagues and meet monthly as a network.",
                topics: &["civic-leadership", "career-work"],
                age_min: Some(21),
                age_max: None,
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["digital-learning-leadership"],
            },
            DemoActivity {
                title: "Teaching with Badges Workshop",
                description: "Learn how to design activities and badges on the City of Learning platform so your \
                    students' learning outside school counts too. Bring a lesson or program idea and leave with a \
                    draft badge ready to publish.",
                topics: &["career-work"],
                age_min: Some(21),
                age_max: None,
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["digital-learning-awareness"],
            },
        ],
    },
    DemoOrg {
        slug: "pixel-path-youth-tech",
        name: "Pixel Path Youth Tech",
        kind: OrgKind::Community,
        neighbourhood: "northgate",
        address: "4720 N. Harmon Street",
        website: "https://pixel-path-youth-tech.example.org",
        description: "A youth technology nonprofit where teens learn by building websites, games, apps and hardware. \
            Learners move through **thematic paths** at their own pace, earning a badge at each milestone, and many go \
            on to run tech support at their schools.",
        badges: &[
            DemoBadge {
                slug: "web-design-path-build",
                name: "Web Design Path: Build a Page",
                description: "Builds and publishes a personal web page with HTML and CSS.",
                criteria: "- Structure a page with semantic HTML\n\
                    - Style it with CSS, including a layout that works on phones\n\
                    - Add images with meaningful alt text\n\
                    - Publish the page online",
                achievement_type: AchievementType::Badge,
                level_name: Some("Web Design Path, Step 1"),
                level_rank: Some(1),
                city_level: Some(1),
                skills: &[esco::DEVELOP_DIGITAL_CONTENT],
            },
            DemoBadge {
                slug: "web-design-path-launch",
                name: "Web Design Path: Launch a Site",
                description: "Designs and launches a multi-page website for a real client.",
                criteria: "- Hold the Web Design Path: Build a Page badge\n\
                    - Interview a client and write a site brief\n\
                    - Build a multi-page site with interactive features in JavaScript\n\
                    - Test it for accessibility and launch it with the client",
                achievement_type: AchievementType::Badge,
                level_name: Some("Web Design Path, Step 2"),
                level_rank: Some(2),
                city_level: Some(2),
                skills: &[esco::JAVASCRIPT, esco::COMMUNICATE_WITH_CUSTOMERS],
            },
            DemoBadge {
                slug: "game-design-path-prototype",
                name: "Game Design Path: Prototype",
                description: "Designs and builds a playable game prototype.",
                criteria: "- Write a one-page game design document\n\
                    - Build a playable prototype with at least one level\n\
                    - Playtest with three people and take notes",
                achievement_type: AchievementType::Badge,
                level_name: Some("Game Design Path, Step 1"),
                level_rank: Some(1),
                city_level: Some(1),
                skills: &[esco::THINK_CREATIVELY, esco::COMPUTER_PROGRAMMING],
            },
            DemoBadge {
                slug: "game-design-path-publish",
                name: "Game Design Path: Publish",
                description: "Improves a game through playtesting and publishes it.",
                criteria: "- Hold the Game Design Path: Prototype badge\n\
                    - Run two rounds of playtesting and document your changes\n\
                    - Add sound, menus and a clear win or lose state\n\
                    - Publish the game and present it at the Pixel Path Arcade",
                achievement_type: AchievementType::Badge,
                level_name: Some("Game Design Path, Step 2"),
                level_rank: Some(2),
                city_level: Some(2),
                skills: &[esco::ACCEPT_CONSTRUCTIVE_CRITICISM, esco::PERSIST],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Web Design Path: Studio Nights",
                description:
                    "Learn HTML and CSS by building a page about something you love. Mentors help you make it \
                    look great on phones and publish it for the world to see.",
                topics: &["technology", "digital-media", "arts"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["web-design-path-build"],
            },
            DemoActivity {
                title: "Client Web Projects",
                description: "Team up to build a real website for a neighbourhood business or nonprofit. You'll run \
                    client meetings, design wireframes and launch the finished site.",
                topics: &["technology", "career-work"],
                age_min: Some(15),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["web-design-path-launch"],
            },
            DemoActivity {
                title: "Game Design Path: Game Jam Fridays",
                description: "Every month brings a new theme and a weekend to build a game around it. Sketch, code, \
                    playtest and show your game at the Pixel Path Arcade.",
                topics: &["technology", "arts", "digital-media"],
                age_min: Some(12),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["game-design-path-prototype", "game-design-path-publish"],
            },
            DemoActivity {
                title: "Pixel Path at Home",
                description: "Work through path challenges online with a weekly video check-in from a mentor. A good \
                    fit if you can't make it to the studio.",
                topics: &["technology"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["web-design-path-build", "game-design-path-prototype"],
            },
            DemoActivity {
                title: "Student Tech Squad",
                description: "Become your school's go-to tech helper. Learn to troubleshoot laptops, Wi-Fi and \
                    projectors, and run a help desk at lunchtime.",
                topics: &["technology", "civic-leadership", "career-work"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "cedar-crossing-community-center",
        name: "Cedar Crossing Community Center",
        kind: OrgKind::Community,
        neighbourhood: "cedar-crossing",
        address: "3900 W. Cedar Avenue",
        website: "https://cedar-crossing-community-center.example.org",
        description: "A bilingual community centre at the heart of Cedar Crossing, with after-school programs, a \
            teaching kitchen and an open gym. Youth programs are free and open to anyone aged 10 to 21.",
        badges: &[
            DemoBadge {
                slug: "teaching-kitchen-cook",
                name: "Teaching Kitchen Cook",
                description: "Prepares healthy, affordable meals safely in the teaching kitchen.",
                criteria: "- Complete the food safety basics lesson\n\
                    - Follow recipes to prepare three healthy meals\n\
                    - Plan a meal for four people within a $20 budget\n\
                    - Share a family recipe with the group",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::ATTEND_TO_HYGIENE],
            },
            DemoBadge {
                slug: "community-mural-artist",
                name: "Community Mural Artist",
                description: "Helps design and paint a public mural with the community.",
                criteria: "- Join community listening sessions to gather ideas\n\
                    - Contribute sketches to the final design\n\
                    - Paint at least 20 hours on the mural\n\
                    - Speak at the mural unveiling",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::WORK_IN_TEAMS, esco::THINK_CREATIVELY],
            },
            DemoBadge {
                slug: "youth-leadership-council",
                name: "Youth Leadership Council",
                description: "Serves a full year on the centre's youth leadership council.",
                criteria: "- Attend at least 80% of council meetings\n\
                    - Lead or co-lead one community event\n\
                    - Help manage the council's small youth-led grant budget\n\
                    - Complete a leadership reflection at the end of the year",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::LEAD_OTHERS, esco::NEGOTIATE_COMPROMISE],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Youth Leadership Council",
                description: "Shape what happens at the centre. Council members plan events, decide how to spend a \
                    youth grant and speak for young people at neighbourhood meetings.",
                topics: &["civic-leadership"],
                age_min: Some(14),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["youth-leadership-council"],
            },
            DemoActivity {
                title: "Teen Chef: Teaching Kitchen",
                description: "Cook tacos, stir-fries and soups from scratch with a professional chef, learn knife \
                    skills and food safety, and eat what you make. Every session ends with a shared meal and a recipe \
                    card to take home.",
                topics: &["sports-wellness", "career-work"],
                age_min: Some(12),
                age_max: Some(17),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["teaching-kitchen-cook"],
            },
            DemoActivity {
                title: "Paint the Block Mural Project",
                description: "Listen to neighbours, sketch ideas and paint a large mural on a wall facing the plaza, \
                    guided by a professional muralist. No painting experience needed.",
                topics: &["arts", "civic-leadership"],
                age_min: Some(13),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["community-mural-artist"],
            },
            DemoActivity {
                title: "Open Gym & Homework Hour",
                description:
                    "Finish your homework with tutors nearby, then hit the gym for basketball, volleyball and \
                    table tennis. Coaches organise friendly tournaments on Friday nights.",
                topics: &["sports-wellness"],
                age_min: Some(10),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
            DemoActivity {
                title: "Cocina Familiar Online",
                description: "Cook along at home with our chefs on live video, in English and Spanish. Ingredient \
                    lists are posted a week ahead, and free pickup kits are available at the centre.",
                topics: &["sports-wellness"],
                age_min: Some(10),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["teaching-kitchen-cook"],
            },
        ],
    },
    DemoOrg {
        slug: "union-yards-neighborhood-house",
        name: "Union Yards Neighborhood House",
        kind: OrgKind::Community,
        neighbourhood: "union-yards",
        address: "4600 S. Yards Avenue",
        website: "https://union-yards-neighborhood-house.example.org",
        description: "A settlement house founded more than a century ago that still serves families with childcare, \
            English classes and youth programs. Teens come for the job-readiness program, the community bike shop and \
            the peer mentoring crew.",
        badges: &[
            DemoBadge {
                slug: "bike-mechanic",
                name: "Bike Mechanic",
                description: "Repairs and maintains bicycles in the community bike shop.",
                criteria: "- Fix a flat and adjust brakes and gears\n\
                    - True a wheel with a spoke wrench\n\
                    - Complete a full tune-up on a donated bike\n\
                    - Ride home on the bike you rebuilt",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::ATTEND_TO_DETAIL],
            },
            DemoBadge {
                slug: "job-ready",
                name: "Job Ready",
                description: "Completes job-readiness training and a mock interview with an employer.",
                criteria: "- Write a resume and cover letter reviewed by staff\n\
                    - Complete a mock interview with a local employer\n\
                    - Practise workplace scenarios on teamwork and conflict\n\
                    - Create a personal job-search plan",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::MEET_COMMITMENTS, esco::COPE_WITH_PRESSURE],
            },
            DemoBadge {
                slug: "peer-mentor",
                name: "Peer Mentor",
                description: "Mentors a younger participant for a full program year.",
                criteria: "- Complete 10 hours of mentor training\n\
                    - Meet your mentee weekly for at least six months\n\
                    - Plan one outing or activity together\n\
                    - Keep a mentoring journal",
                achievement_type: AchievementType::CoCurricular,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::GIVE_ADVICE_TO_OTHERS, esco::DEMONSTRATE_CONSIDERATION],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Earn-a-Bike Workshop",
                description: "Learn to repair bikes in our community shop, and after 20 hours of wrenching you ride \
                    home on a bike you rebuilt yourself. Helmet and lock included.",
                topics: &["making-building", "sports-wellness", "engineering"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["bike-mechanic"],
            },
            DemoActivity {
                title: "First Job Prep",
                description: "Get ready for your first job: write a resume, practise interviews with real employers \
                    and learn what managers expect in your first weeks. Participants who finish are introduced to \
                    employers hiring for summer jobs.",
                topics: &["career-work"],
                age_min: Some(16),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["job-ready"],
            },
            DemoActivity {
                title: "Peer Mentoring Crew",
                description: "Be the older friend you wish you'd had. Crew members are matched with a middle schooler \
                    and meet weekly for homework, games and outings.",
                topics: &["civic-leadership"],
                age_min: Some(15),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["peer-mentor"],
            },
            DemoActivity {
                title: "Summer Bike Rides",
                description:
                    "Group rides to the lakefront, the forest preserves and neighbourhood landmarks, starting \
                    with a road safety lesson. Bikes and helmets can be borrowed.",
                topics: &["sports-wellness", "nature-environment"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
            DemoActivity {
                title: "Resume Review Online",
                description: "Upload your resume and meet a volunteer recruiter on video for a 30-minute review with \
                    practical tips. Sessions are available in English and Spanish.",
                topics: &["career-work"],
                age_min: Some(16),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["job-ready"],
            },
        ],
    },
    DemoOrg {
        slug: "westhaven-striders-athletic-club",
        name: "Westhaven Striders Athletic Club",
        kind: OrgKind::Community,
        neighbourhood: "westhaven",
        address: "4800 W. Fieldhouse Drive",
        website: "https://westhaven-striders-athletic-club.example.org",
        description: "A volunteer-led sports club offering track, soccer and basketball to more than 600 young \
            athletes. Every team trains sportsmanship, health and leadership as seriously as skills.",
        badges: &[
            DemoBadge {
                slug: "team-player",
                name: "Team Player",
                description: "Shows commitment, effort and sportsmanship through a full season.",
                criteria: "- Attend at least 80% of practices in one season\n\
                    - Show respect for teammates, coaches and officials\n\
                    - Be nominated by a coach or a teammate",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::WORK_IN_TEAMS],
            },
            DemoBadge {
                slug: "personal-best",
                name: "Personal Best",
                description: "Sets a fitness goal, trains for it and achieves it.",
                criteria: "- Record a baseline in one event or fitness test\n\
                    - Follow a training plan for eight weeks\n\
                    - Improve your result and record your personal best",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::PERSIST],
            },
            DemoBadge {
                slug: "junior-coach",
                name: "Junior Coach",
                description: "Assists a youth team as a trained junior coach.",
                criteria: "- Complete the club's junior coach training, including safeguarding\n\
                    - Assist at least 20 practices for a younger team\n\
                    - Plan and lead three warm-up sessions\n\
                    - Receive a positive review from the head coach",
                achievement_type: AchievementType::Certificate,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::INSTRUCT_OTHERS, esco::MOTIVATE_OTHERS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Youth Track & Field",
                description: "Sprints, relays, long jump and turbo javelin for young athletes. Meets are held on \
                    Saturday mornings at the Westhaven fieldhouse track.",
                topics: &["sports-wellness"],
                age_min: Some(8),
                age_max: Some(14),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["team-player", "personal-best"],
            },
            DemoActivity {
                title: "Westhaven Soccer League",
                description: "Recreational soccer with teams for every age and skill level. The fee covers uniforms \
                    and referees, and no player is turned away for inability to pay.",
                topics: &["sports-wellness"],
                age_min: Some(9),
                age_max: Some(17),
                cost_cents: 4000,
                format: ActivityFormat::InPerson,
                badges: &["team-player"],
            },
            DemoActivity {
                title: "Junior Coach Academy",
                description: "Learn how to plan a practice, keep young players safe and give encouraging feedback. \
                    Graduates assist coaches with the club's youngest teams.",
                topics: &["sports-wellness", "civic-leadership", "career-work"],
                age_min: Some(15),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["junior-coach"],
            },
            DemoActivity {
                title: "Summer Basketball Skills Camp",
                description: "A week of ball handling, shooting and defence drills with college players as coaches. \
                    Scholarships are available for every session.",
                topics: &["sports-wellness"],
                age_min: Some(10),
                age_max: Some(16),
                cost_cents: 7500,
                format: ActivityFormat::InPerson,
                badges: &["personal-best", "team-player"],
            },
            DemoActivity {
                title: "Fitness at Home Challenge",
                description: "An eight-week online challenge with video workouts, a training log and weekly live \
                    check-ins with a coach. Set a goal and beat it.",
                topics: &["sports-wellness"],
                age_min: Some(11),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["personal-best"],
            },
        ],
    },
    DemoOrg {
        slug: "lakeside-parks-nature-corps",
        name: "Lakeside Park District Nature Corps",
        kind: OrgKind::Other,
        neighbourhood: "maple-heights",
        address: "3000 N. River Trail Road",
        website: "https://lakeside-parks-nature-corps.example.org",
        description: "The park district's youth conservation program, working across hundreds of parks, nature areas \
            and lakefront dunes. Crews restore prairies, monitor wildlife and lead nature walks for younger children.",
        badges: &[
            DemoBadge {
                slug: "junior-naturalist",
                name: "Junior Naturalist",
                description: "Identifies common local plants, birds and insects.",
                criteria: "- Identify 10 native plants, 10 birds and 5 insects in the field\n\
                    - Keep a nature journal for four outings\n\
                    - Share one observation on a community science app",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::DEMONSTRATE_CURIOSITY],
            },
            DemoBadge {
                slug: "trail-steward",
                name: "Trail Steward",
                description: "Completes ecological restoration work in a city natural area.",
                criteria: "- Complete tool safety training\n\
                    - Contribute at least 24 hours of restoration work\n\
                    - Explain why invasive species are removed\n\
                    - Help plant or seed native species",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::FOLLOW_SUSTAINABLE_PRACTICES, esco::FOLLOW_SAFETY_PRECAUTIONS],
            },
            DemoBadge {
                slug: "conservation-crew-leader",
                name: "Conservation Crew Leader",
                description: "Leads a teen restoration crew for a summer season.",
                criteria: "- Hold the Trail Steward badge\n\
                    - Complete crew leader training in first aid and group management\n\
                    - Lead a crew of five to eight teens for eight weeks\n\
                    - Present the crew's results to park staff",
                achievement_type: AchievementType::Award,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::LEAD_OTHERS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Nature Explorers",
                description: "Hunt for bugs, listen for birds and find out what lives under a log. Short, playful \
                    walks for young explorers, led by teen naturalists.",
                topics: &["nature-environment", "science"],
                age_min: Some(6),
                age_max: Some(10),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["junior-naturalist"],
            },
            DemoActivity {
                title: "Teen Conservation Crew",
                description: "A **paid summer job** restoring prairies, woodlands and dunes. Crews work outdoors four \
                    days a week and spend Fridays learning about careers in conservation.",
                topics: &["nature-environment", "career-work"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["trail-steward"],
            },
            DemoActivity {
                title: "Crew Leader Training",
                description: "For returning crew members ready to lead. Training covers first aid, group management \
                    and planning a restoration workday.",
                topics: &["nature-environment", "civic-leadership"],
                age_min: Some(17),
                age_max: Some(22),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["conservation-crew-leader"],
            },
            DemoActivity {
                title: "Lakefront Bird Count",
                description:
                    "Join an early-morning count of migrating birds along the lakefront with binoculars and a \
                    field guide. Your tallies go into a long-running data set used by scientists.",
                topics: &["nature-environment", "science", "math"],
                age_min: Some(11),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["junior-naturalist"],
            },
            DemoActivity {
                title: "BioBlitz Online Challenge",
                description: "Photograph as many living things as you can in your neighbourhood and upload them to a \
                    shared map. Live online sessions help you identify your finds.",
                topics: &["nature-environment", "technology"],
                age_min: Some(10),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["junior-naturalist"],
            },
        ],
    },
    DemoOrg {
        slug: "static-and-signal-youth-radio",
        name: "Static & Signal Youth Radio",
        kind: OrgKind::Community,
        neighbourhood: "midway-commons",
        address: "1215 E. Signal Street",
        website: "https://static-and-signal-youth-radio.example.org",
        description:
            "A youth-run community radio station and podcast network broadcasting on low-power FM and online. \
            Teens produce news, music shows and documentaries, with training from professional journalists and audio \
            engineers.",
        badges: &[
            DemoBadge {
                slug: "audio-storyteller",
                name: "Audio Storyteller",
                description: "Produces a short audio story with narration and sound.",
                criteria: "- Record narration and at least one interview\n\
                    - Edit the story to under four minutes\n\
                    - Add ambient sound or music you have the rights to use",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::DEVELOP_DIGITAL_CONTENT],
            },
            DemoBadge {
                slug: "on-air-host",
                name: "On-Air Host",
                description: "Hosts live radio segments with confidence.",
                criteria: "- Complete studio and broadcast rules training\n\
                    - Write a show rundown\n\
                    - Host at least three live segments\n\
                    - Handle a live guest or a listener call",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::ADDRESS_AN_AUDIENCE, esco::COPE_WITH_PRESSURE],
            },
            DemoBadge {
                slug: "youth-reporter",
                name: "Youth Reporter",
                description: "Reports and publishes a fact-checked news story.",
                criteria: "- Pitch a story idea to the editor\n\
                    - Interview at least two sources\n\
                    - Verify facts with the newsroom fact-checking checklist\n\
                    - Publish the story on air or online",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::REPORT_FACTS, esco::EVALUATE_INFORMATION],
            },
            DemoBadge {
                slug: "station-producer",
                name: "Station Producer",
                description: "Leads production of a weekly show for a full season.",
                criteria: "- Hold the On-Air Host and Youth Reporter badges\n\
                    - Produce a weekly show for at least 12 weeks\n\
                    - Train two new volunteers\n\
                    - Manage the show's schedule and guest bookings",
                achievement_type: AchievementType::Award,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::LEAD_OTHERS, esco::MANAGE_TIME],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Intro to Radio",
                description: "Learn your way around the studio: microphones, mixing boards and editing software. By \
                    week four you'll have a short audio story ready to air.",
                topics: &["digital-media", "arts"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["audio-storyteller"],
            },
            DemoActivity {
                title: "Live Show Crew",
                description: "Join the team behind a weekly live show. Take turns hosting, running the board, booking \
                    guests and picking the music.",
                topics: &["digital-media"],
                age_min: Some(14),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["on-air-host", "station-producer"],
            },
            DemoActivity {
                title: "Youth Newsroom",
                description: "Report on the stories that matter in your neighbourhood. Editors coach you through \
                    pitching, interviewing and fact-checking, in the newsroom and online.",
                topics: &["digital-media", "civic-leadership"],
                age_min: Some(15),
                age_max: Some(20),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["youth-reporter"],
            },
            DemoActivity {
                title: "Podcast From Home",
                description: "Make a short podcast with just a phone and headphones. Weekly online sessions cover \
                    recording tips, simple editing and how to tell a good story.",
                topics: &["digital-media"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["audio-storyteller"],
            },
            DemoActivity {
                title: "Summer Documentary Lab",
                description: "Spend the summer producing a half-hour audio documentary with a small team. Past topics \
                    include corner stores, school closings and the city's lost music venues.",
                topics: &["digital-media", "civic-leadership", "arts"],
                age_min: Some(15),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["youth-reporter", "audio-storyteller"],
            },
        ],
    },
    DemoOrg {
        slug: "lakeshore-north-code-club",
        name: "Lakeshore North Code Club",
        kind: OrgKind::Community,
        neighbourhood: "lakeshore-north",
        address: "7010 N. Harbor View Avenue",
        website: "https://lakeshore-north-code-club.example.org",
        description:
            "A free coding club run by volunteer software engineers in a storefront space near the lake. Kids \
            start with blocks, move on to Python and JavaScript, and eventually mentor the next group of beginners.",
        badges: &[
            DemoBadge {
                slug: "block-coding-starter",
                name: "Block Coding Starter",
                description: "Creates an original interactive project in a block-based language.",
                criteria: "- Complete the starter tutorials\n\
                    - Build an original game or animation using loops, events and variables\n\
                    - Share the project and remix someone else's",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::SCRATCH],
            },
            DemoBadge {
                slug: "python-programmer",
                name: "Python Programmer",
                description: "Writes Python programs that use functions, lists and files.",
                criteria: "- Complete the Python track exercises\n\
                    - Write a program of at least 100 lines that reads input and stores data\n\
                    - Organise your code into functions\n\
                    - Explain your code to a mentor",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::PYTHON],
            },
            DemoBadge {
                slug: "javascript-developer",
                name: "JavaScript Developer",
                description: "Builds an interactive, tested web project with JavaScript.",
                criteria: "- Hold the Python Programmer badge or pass the placement challenge\n\
                    - Build an interactive web page that fetches data from a public API\n\
                    - Write tests for at least three functions\n\
                    - Present the project at Demo Day",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::JAVASCRIPT, esco::EXECUTE_SOFTWARE_TESTS],
            },
            DemoBadge {
                slug: "code-club-mentor",
                name: "Code Club Mentor",
                description: "Mentors younger coders for a full term.",
                criteria: "- Hold at least two Code Club badges\n\
                    - Mentor at least 10 club sessions\n\
                    - Help three learners finish a project\n\
                    - Be recommended by the volunteer lead",
                achievement_type: AchievementType::Award,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::INSTRUCT_OTHERS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Block Coding for Beginners",
                description: "Make a cat dance, a rocket fly and a maze game you can play with friends. No experience \
                    needed, and grown-ups are welcome to code alongside.",
                topics: &["technology"],
                age_min: Some(8),
                age_max: Some(11),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["block-coding-starter"],
            },
            DemoActivity {
                title: "Python Track",
                description: "Move from blocks to typing real code. Build quizzes, text adventures and a tiny weather \
                    app while learning variables, loops and functions.",
                topics: &["technology", "math"],
                age_min: Some(11),
                age_max: Some(15),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["python-programmer"],
            },
            DemoActivity {
                title: "Web Dev Track",
                description: "Build interactive web pages with HTML, CSS and JavaScript, then connect them to live \
                    data. Meet in person on Saturdays and get code reviews online during the week.",
                topics: &["technology", "digital-media"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["javascript-developer"],
            },
            DemoActivity {
                title: "Code Club Mentors",
                description: "Help beginners get unstuck and celebrate their first programs. Mentors get training on \
                    explaining code clearly and asking good questions.",
                topics: &["technology", "civic-leadership"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["code-club-mentor"],
            },
            DemoActivity {
                title: "Winter Hackathon",
                description: "Twenty-four hours (with sleep breaks!) to build something fun or useful in a team. \
                    Judges from local tech companies award prizes for creativity, usefulness and teamwork.",
                topics: &["technology", "arts"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["python-programmer", "javascript-developer"],
            },
        ],
    },
    DemoOrg {
        slug: "kingsley-park-youth-theatre",
        name: "Kingsley Park Youth Theatre",
        kind: OrgKind::Community,
        neighbourhood: "kingsley-park",
        address: "3500 S. Stage Street",
        website: "https://kingsley-park-youth-theatre.example.org",
        description: "A youth theatre company producing four shows a year that are written, designed and performed by \
            young people. No experience is needed to join, and every production has roles on stage and behind the \
            scenes.",
        badges: &[
            DemoBadge {
                slug: "stage-performer",
                name: "Stage Performer",
                description: "Performs a role in a full youth theatre production.",
                criteria: "- Attend rehearsals for a full production\n\
                    - Learn your lines, blocking and cues\n\
                    - Perform in every scheduled show",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::COPE_WITH_PRESSURE],
            },
            DemoBadge {
                slug: "stagecraft-technician",
                name: "Stagecraft Technician",
                description: "Builds sets or runs lights and sound for a production.",
                criteria: "- Complete backstage safety training\n\
                    - Work on set construction, lighting or sound for one production\n\
                    - Run a board or backstage position for every performance",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::FOLLOW_SAFETY_PRECAUTIONS, esco::WORK_IN_TEAMS],
            },
            DemoBadge {
                slug: "young-playwright",
                name: "Young Playwright",
                description: "Writes an original one-act play selected for a staged reading.",
                criteria: "- Complete the playwriting workshop\n\
                    - Write a one-act play of at least 15 pages\n\
                    - Revise it after a table read\n\
                    - Have the play selected for the New Voices reading series",
                achievement_type: AchievementType::Award,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::THINK_CREATIVELY],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Spring Musical",
                description: "Sing, dance and act in a full-length musical on our main stage. Everyone who auditions \
                    gets a part, whether it's a lead or the ensemble.",
                topics: &["arts"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["stage-performer"],
            },
            DemoActivity {
                title: "Backstage Crew",
                description: "Build sets, hang lights and program sound cues with professional technicians. The show \
                    can't go on without you.",
                topics: &["arts", "making-building", "engineering"],
                age_min: Some(13),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["stagecraft-technician"],
            },
            DemoActivity {
                title: "New Voices Playwriting Workshop",
                description: "Write a short play from first idea to final draft. Workshops alternate between the \
                    theatre and online writing rooms, and the best scripts get a staged reading with professional \
                    actors.",
                topics: &["arts"],
                age_min: Some(14),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["young-playwright"],
            },
            DemoActivity {
                title: "Improv Games for Kids",
                description: "Silly, fast and full of surprises. Younger performers play theatre games that build \
                    confidence, listening and quick thinking.",
                topics: &["arts"],
                age_min: Some(7),
                age_max: Some(11),
                cost_cents: 500,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
            DemoActivity {
                title: "Audition Prep Online",
                description: "Choose a monologue, get live coaching on video and learn what directors look for. Ideal \
                    before school or community theatre auditions.",
                topics: &["arts"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["stage-performer"],
            },
        ],
    },
    DemoOrg {
        slug: "city-council-youth-commission",
        name: "Lakeside City Council Youth Commission",
        kind: OrgKind::Other,
        neighbourhood: "harbor-point",
        address: "121 N. Civic Plaza, Room 300",
        website: "https://city-council-youth-commission.example.org",
        description: "Twenty-five young people appointed from across the city advise the City Council on issues that \
            affect youth. The commission also runs a citywide civics academy and a participatory budgeting process for \
            teens.",
        badges: &[
            DemoBadge {
                slug: "civics-academy-graduate",
                name: "Civics Academy Graduate",
                description: "Completes the Youth Civics Academy.",
                criteria: "- Attend all six academy sessions\n\
                    - Observe a City Council committee hearing\n\
                    - Write a letter or public comment on a local issue",
                achievement_type: AchievementType::Course,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[],
            },
            DemoBadge {
                slug: "civic-action-project",
                name: "Civic Action Project",
                description: "Leads a team project that addresses a community issue.",
                criteria: "- Identify an issue using community surveys or public data\n\
                    - Research who has the power to change it\n\
                    - Take at least two actions, such as a petition, a meeting or a campaign\n\
                    - Present the results to a public audience",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::PERSUADE_OTHERS, esco::WORK_IN_TEAMS],
            },
            DemoBadge {
                slug: "youth-commissioner",
                name: "Youth Commissioner",
                description: "Serves a full term as an appointed Youth Commissioner.",
                criteria: "- Be appointed and confirmed for a one-year term\n\
                    - Attend at least 80% of commission meetings\n\
                    - Co-author at least one policy recommendation\n\
                    - Testify at a City Council hearing",
                achievement_type: AchievementType::Award,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::LEAD_OTHERS, esco::NEGOTIATE_COMPROMISE],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Youth Civics Academy",
                description: "Six Saturday sessions at City Hall on how local government really works. Meet council \
                    members, sit in on a hearing and practise speaking up on an issue you care about.",
                topics: &["civic-leadership"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["civics-academy-graduate"],
            },
            DemoActivity {
                title: "Teen Participatory Budgeting",
                description: "Decide how to spend part of the city's youth budget. Teams collect ideas from young \
                    people, cost out proposals with city staff and put them to a citywide teen vote.",
                topics: &["civic-leadership", "math"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["civic-action-project"],
            },
            DemoActivity {
                title: "Youth Commission Meetings",
                description: "Monthly public meetings where commissioners debate youth issues and draft \
                    recommendations. Anyone can attend in person or online and sign up for public comment.",
                topics: &["civic-leadership"],
                age_min: Some(15),
                age_max: Some(21),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["youth-commissioner"],
            },
            DemoActivity {
                title: "Know Your City Government",
                description: "A short online course with videos and quizzes on wards, budgets and how a bill becomes \
                    an ordinance. A great warm-up for the Civics Academy.",
                topics: &["civic-leadership"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["civics-academy-graduate"],
            },
        ],
    },
    DemoOrg {
        slug: "foundry-row-music-collective",
        name: "Foundry Row Music Collective",
        kind: OrgKind::Community,
        neighbourhood: "foundry-row",
        address: "1650 W. Mill Street",
        website: "https://foundry-row-music-collective.example.org",
        description: "A community music school offering free ensembles, lessons and recording time. Students play \
            everything from mariachi and jazz to hip-hop production and perform at festivals across the city.",
        badges: &[
            DemoBadge {
                slug: "music-theory-level-1",
                name: "Music Theory – Level 1",
                description: "Passes the collective's first music theory assessment.",
                criteria: "- Read notes in treble and bass clef\n\
                    - Identify major and minor scales and key signatures\n\
                    - Clap and write simple rhythms\n\
                    - Pass the written and ear-training assessment",
                achievement_type: AchievementType::Certificate,
                level_name: Some("Level 1"),
                level_rank: Some(1),
                city_level: Some(1),
                skills: &[],
            },
            DemoBadge {
                slug: "beat-maker",
                name: "Beat Maker",
                description: "Produces an original beat using a digital audio workstation.",
                criteria: "- Learn the basics of a digital audio workstation\n\
                    - Program drums, bass and one melodic part\n\
                    - Export a finished beat and share it at a listening session",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::CREATIVELY_USE_DIGITAL_TECHNOLOGIES],
            },
            DemoBadge {
                slug: "ensemble-musician",
                name: "Ensemble Musician",
                description: "Performs with a collective ensemble for a full season.",
                criteria: "- Attend weekly rehearsals for one season\n\
                    - Learn your part for at least four pieces\n\
                    - Perform in two public concerts",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::WORK_IN_TEAMS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Youth Mariachi Ensemble",
                description: "Learn violin, trumpet, vihuela or guitarrón and play the classics of mariachi music. \
                    Instruments are loaned free of charge for the season.",
                topics: &["arts"],
                age_min: Some(10),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["ensemble-musician"],
            },
            DemoActivity {
                title: "Jazz Combo",
                description: "Small-group jazz for players with at least a year on their instrument. Learn standards, \
                    practise improvising and perform at the summer jazz festival.",
                topics: &["arts"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["ensemble-musician", "music-theory-level-1"],
            },
            DemoActivity {
                title: "Beat Making 101",
                description: "Make beats from scratch with drum machines and production software. Learn about \
                    sampling, rhythm and arrangement from local producers.",
                topics: &["arts", "digital-media", "technology"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["beat-maker"],
            },
            DemoActivity {
                title: "Theory on the Go",
                description: "Short online lessons and games on reading music, scales and rhythm, with a live review \
                    session every Thursday evening. Take the Level 1 assessment online whenever you feel ready.",
                topics: &["arts", "math"],
                age_min: Some(10),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["music-theory-level-1"],
            },
        ],
    },
    DemoOrg {
        slug: "green-corridor-alliance",
        name: "Green Corridor Alliance",
        kind: OrgKind::Community,
        neighbourhood: "union-yards",
        address: "4700 S. Greenway Road",
        website: "https://green-corridor-alliance.example.org",
        description:
            "An environmental justice nonprofit turning vacant lots into urban farms, rain gardens and pocket \
            parks. Youth crews grow food, test air and soil quality and speak up for cleaner, healthier \
            neighbourhoods.",
        badges: &[
            DemoBadge {
                slug: "urban-grower",
                name: "Urban Grower",
                description: "Grows food on an urban farm from seed to harvest.",
                criteria: "- Start seeds and transplant seedlings\n\
                    - Maintain a growing bed for a full season\n\
                    - Harvest and weigh produce for the farm stand\n\
                    - Explain one way urban farms help neighbourhoods",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::FOLLOW_SUSTAINABLE_PRACTICES],
            },
            DemoBadge {
                slug: "air-quality-monitor",
                name: "Air Quality Monitor",
                description: "Collects and interprets neighbourhood air quality data.",
                criteria: "- Set up a low-cost air sensor with staff\n\
                    - Collect data for four weeks\n\
                    - Compare your readings with official monitoring stations\n\
                    - Present your findings at a community meeting",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::MANAGE_QUANTITATIVE_DATA, esco::REPORT_FACTS],
            },
            DemoBadge {
                slug: "environmental-justice-leader",
                name: "Environmental Justice Leader",
                description: "Leads a community campaign on an environmental issue.",
                criteria: "- Complete the environmental justice leadership training\n\
                    - Organise a campaign with at least three partner groups\n\
                    - Speak at a public hearing or press event\n\
                    - Reflect on the campaign's results with the youth crew",
                achievement_type: AchievementType::Award,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::LEAD_OTHERS, esco::PERSUADE_OTHERS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Urban Farm Youth Crew",
                description: "A paid summer crew that plants, weeds, harvests and sells vegetables from a two-acre \
                    urban farm. Get your hands dirty and learn where food really comes from.",
                topics: &["nature-environment", "career-work"],
                age_min: Some(14),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["urban-grower"],
            },
            DemoActivity {
                title: "Breathe Easy Air Monitoring",
                description: "Build and place air sensors around the neighbourhood, then analyse the data together \
                    online. Find out when and where the air is worst, and what can be done about it.",
                topics: &["science", "nature-environment", "technology"],
                age_min: Some(13),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["air-quality-monitor"],
            },
            DemoActivity {
                title: "Environmental Justice Leadership Institute",
                description: "A six-month institute on organising, public speaking and environmental policy. \
                    Participants design and lead a real campaign with community partners.",
                topics: &["civic-leadership", "nature-environment"],
                age_min: Some(16),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["environmental-justice-leader"],
            },
            DemoActivity {
                title: "Farm Stand Saturdays",
                description: "Run the weekend farm stand: set prices, handle sales, track inventory and chat with \
                    neighbours about what's in season. Crew members learn basic bookkeeping and share in the stand's \
                    earnings.",
                topics: &["nature-environment", "career-work", "math"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["urban-grower"],
            },
            DemoActivity {
                title: "Rain Garden Build Day",
                description: "Dig, plant and mulch a rain garden that soaks up stormwater before it floods basements. \
                    Families welcome, and gloves and tools are provided.",
                topics: &["nature-environment", "engineering"],
                age_min: Some(10),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &[],
            },
        ],
    },
    DemoOrg {
        slug: "bridgeworks-robotics-league",
        name: "Bridgeworks Robotics League",
        kind: OrgKind::Community,
        neighbourhood: "cedar-crossing",
        address: "2700 S. Bridgeworks Road",
        website: "https://bridgeworks-robotics-league.example.org",
        description: "A nonprofit league that helps schools and community groups start robotics teams by lending kits \
            and training volunteer coaches. Its season ends with a citywide tournament at the lakefront convention \
            hall.",
        badges: &[
            DemoBadge {
                slug: "robot-builder",
                name: "Robot Builder",
                description: "Builds and programs a robot that completes a simple task.",
                criteria: "- Assemble a robot from a kit following the safety rules\n\
                    - Program it to drive a course using sensors\n\
                    - Explain how one of its sensors works",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::SOLVE_TECHNICAL_PROBLEMS],
            },
            DemoBadge {
                slug: "tournament-competitor",
                name: "Tournament Competitor",
                description: "Competes with a team at the citywide robotics tournament.",
                criteria: "- Compete in at least three qualifying matches\n\
                    - Present your robot design to the judges\n\
                    - Keep an engineering notebook for the season",
                achievement_type: AchievementType::Achievement,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::WORK_IN_TEAMS, esco::COPE_WITH_PRESSURE],
            },
            DemoBadge {
                slug: "volunteer-robotics-coach",
                name: "Volunteer Robotics Coach",
                description: "Trained and certified to coach a youth robotics team.",
                criteria: "- Complete coach training and a background check\n\
                    - Coach a team for a full season\n\
                    - Help the team reach a tournament",
                achievement_type: AchievementType::Certificate,
                level_name: None,
                level_rank: None,
                city_level: Some(4),
                skills: &[esco::INSTRUCT_OTHERS, esco::MOTIVATE_OTHERS],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Robotics Rookies",
                description: "Build your first robot and teach it to follow lines, avoid walls and push blocks. \
                    Perfect for beginners who like taking things apart.",
                topics: &["engineering", "technology"],
                age_min: Some(9),
                age_max: Some(12),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["robot-builder"],
            },
            DemoActivity {
                title: "Competition Team Season",
                description: "Join a league team and spend the season designing, building and programming a robot for \
                    this year's challenge, all the way to the citywide tournament. Kits, parts and a trained coach are \
                    provided to every team.",
                topics: &["engineering", "technology", "making-building"],
                age_min: Some(12),
                age_max: Some(18),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["tournament-competitor"],
            },
            DemoActivity {
                title: "Coach Training Weekend",
                description: "For college students and young adults who want to coach a team. Learn the kits, the \
                    season timeline and how to help young people solve problems without taking over.",
                topics: &["engineering", "civic-leadership"],
                age_min: Some(18),
                age_max: Some(24),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["volunteer-robotics-coach"],
            },
            DemoActivity {
                title: "Virtual Robotics Challenge",
                description:
                    "Program simulated robots in your browser to complete missions on a virtual field. Weekly \
                    online challenges get harder as you go.",
                topics: &["technology", "engineering"],
                age_min: Some(11),
                age_max: Some(16),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &["robot-builder"],
            },
        ],
    },
    DemoOrg {
        slug: "lens-and-light-film-lab",
        name: "Lens & Light Youth Film Lab",
        kind: OrgKind::Community,
        neighbourhood: "westhaven",
        address: "4220 W. Carroll Lane",
        website: "https://lens-and-light-film-lab.example.org",
        description: "A youth media arts organisation where teens write, shoot and edit short films and photo essays \
            about their lives. Work is screened at an annual festival and shared with public media partners.",
        badges: &[
            DemoBadge {
                slug: "photo-storyteller",
                name: "Photo Storyteller",
                description: "Creates a photo essay that tells a story in ten images.",
                criteria: "- Learn the basics of exposure, composition and light\n\
                    - Shoot at least 100 frames on a theme\n\
                    - Edit and sequence ten images with captions\n\
                    - Get consent from the people you photograph",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(1),
                skills: &[esco::DEVELOP_DIGITAL_CONTENT],
            },
            DemoBadge {
                slug: "video-editor",
                name: "Video Editor",
                description: "Edits footage into a polished sequence with sound and titles.",
                criteria: "- Organise footage and log your clips\n\
                    - Cut a sequence using continuity editing\n\
                    - Mix dialogue, music and sound effects\n\
                    - Export versions for the web and for festival screening",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(2),
                skills: &[esco::CREATIVELY_USE_DIGITAL_TECHNOLOGIES, esco::ATTEND_TO_DETAIL],
            },
            DemoBadge {
                slug: "short-film-director",
                name: "Short Film Director",
                description: "Directs a short film from script to screen.",
                criteria: "- Write or adapt a script of at least five pages\n\
                    - Lead a crew through pre-production, the shoot and the edit\n\
                    - Deliver a finished film of three to ten minutes with credits\n\
                    - Screen it at the Lens & Light Festival",
                achievement_type: AchievementType::Badge,
                level_name: None,
                level_rank: None,
                city_level: Some(3),
                skills: &[esco::LEAD_OTHERS, esco::COPYRIGHT_AND_LICENSES],
            },
        ],
        activities: &[
            DemoActivity {
                title: "Phone Photography Walks",
                description: "All you need is a phone. Walk the neighbourhood with a photographer, learn to see light \
                    and composition, and build a photo essay over four weeks.",
                topics: &["digital-media", "arts"],
                age_min: Some(11),
                age_max: Some(16),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["photo-storyteller"],
            },
            DemoActivity {
                title: "Summer Film Intensive",
                description:
                    "Six weeks to make a short film from script to screen in a crew of five. Mentors from the \
                    local film industry teach directing, camera, sound and editing. **Stipend provided.**",
                topics: &["digital-media", "arts", "career-work"],
                age_min: Some(14),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::InPerson,
                badges: &["short-film-director", "video-editor"],
            },
            DemoActivity {
                title: "Editing Lab",
                description: "Learn professional editing software on our lab computers, then keep working on your \
                    projects remotely with feedback from editors. Bring your own footage or practise with ours.",
                topics: &["digital-media", "technology"],
                age_min: Some(13),
                age_max: Some(19),
                cost_cents: 0,
                format: ActivityFormat::Hybrid,
                badges: &["video-editor"],
            },
            DemoActivity {
                title: "Festival Screening Committee",
                description: "Watch and discuss youth films submitted from across the country, and help choose the \
                    line-up for the Lens & Light Festival. Members meet online every two weeks and introduce films on \
                    festival night.",
                topics: &["arts", "civic-leadership"],
                age_min: Some(14),
                age_max: Some(20),
                cost_cents: 0,
                format: ActivityFormat::Online,
                badges: &[],
            },
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use citybadges_domain::validate;
    use std::collections::HashSet;

    fn badges() -> impl Iterator<Item = (&'static DemoOrg, &'static DemoBadge)> {
        ORGS.iter()
            .flat_map(|o| o.badges.iter().map(move |b| (o, b)))
    }

    fn activities() -> impl Iterator<Item = (&'static DemoOrg, &'static DemoActivity)> {
        ORGS.iter()
            .flat_map(|o| o.activities.iter().map(move |a| (o, a)))
    }

    #[test]
    fn org_slugs_are_unique_and_valid() {
        let mut seen = HashSet::new();
        for org in ORGS {
            assert!(
                validate::slug(org.slug).is_ok(),
                "org slug '{}' is not a valid slug",
                org.slug
            );
            assert!(
                seen.insert(org.slug),
                "org slug '{}' is used twice",
                org.slug
            );
        }
    }

    #[test]
    fn vocabulary_slugs_are_unique_and_valid() {
        let mut seen = HashSet::new();
        for n in NEIGHBOURHOODS {
            assert!(
                validate::slug(n.slug).is_ok(),
                "neighbourhood slug '{}' is not a valid slug",
                n.slug
            );
            assert!(
                seen.insert(n.slug),
                "neighbourhood slug '{}' is used twice",
                n.slug
            );
        }
        assert_eq!(
            NEIGHBOURHOODS.len(),
            12,
            "the demo city has 12 neighbourhoods"
        );
        let mut seen = HashSet::new();
        for t in TOPICS {
            assert!(
                validate::slug(t.slug).is_ok(),
                "topic slug '{}' is not a valid slug",
                t.slug
            );
            assert!(seen.insert(t.slug), "topic slug '{}' is used twice", t.slug);
        }
        assert_eq!(TOPICS.len(), 11, "the city uses exactly 11 topics");
    }

    #[test]
    fn badge_slugs_are_unique_within_each_org() {
        for org in ORGS {
            let mut seen = HashSet::new();
            for badge in org.badges {
                assert!(
                    validate::slug(badge.slug).is_ok(),
                    "{}: badge slug '{}' is not valid",
                    org.slug,
                    badge.slug
                );
                assert!(
                    seen.insert(badge.slug),
                    "{}: badge slug '{}' is used twice",
                    org.slug,
                    badge.slug
                );
            }
        }
    }

    #[test]
    fn activities_reference_only_their_own_orgs_badges() {
        for (org, activity) in activities() {
            for slug in activity.badges {
                assert!(
                    org.badges.iter().any(|b| b.slug == *slug),
                    "{}: activity '{}' leads to badge '{}', which this org does not offer",
                    org.slug,
                    activity.title,
                    slug
                );
            }
        }
    }

    #[test]
    fn every_topic_used_exists() {
        let topics: HashSet<_> = TOPICS.iter().map(|t| t.slug).collect();
        for (org, activity) in activities() {
            assert!(
                !activity.topics.is_empty(),
                "{}: activity '{}' has no topic",
                org.slug,
                activity.title
            );
            for topic in activity.topics {
                assert!(
                    topics.contains(topic),
                    "{}: activity '{}' uses unknown topic '{}'",
                    org.slug,
                    activity.title,
                    topic
                );
            }
        }
    }

    #[test]
    fn every_neighbourhood_used_exists_and_is_near_the_center() {
        let known: HashSet<_> = NEIGHBOURHOODS.iter().map(|n| n.slug).collect();
        for org in ORGS {
            assert!(
                known.contains(org.neighbourhood),
                "{}: unknown neighbourhood '{}'",
                org.slug,
                org.neighbourhood
            );
        }
        for n in NEIGHBOURHOODS {
            // Equirectangular approximation is plenty at city scale.
            let dy = (n.lat - CENTER.0) * 111.2;
            let dx = (n.lng - CENTER.1) * 111.2 * CENTER.0.to_radians().cos();
            let km = (dx * dx + dy * dy).sqrt();
            assert!(
                km <= 15.0,
                "neighbourhood '{}' is {km:.1} km from the center",
                n.slug
            );
        }
    }

    #[test]
    fn at_least_32_orgs_covering_every_kind() {
        assert!(
            ORGS.len() >= 32,
            "expected at least 32 organizations, found {}",
            ORGS.len()
        );
        for kind in OrgKind::ALL {
            assert!(
                ORGS.iter().any(|o| o.kind == *kind),
                "no demo organization of kind {kind}"
            );
        }
    }

    #[test]
    fn every_org_has_a_sensible_number_of_badges_and_activities() {
        for org in ORGS {
            assert!(
                (1..=4).contains(&org.badges.len()),
                "{}: has {} badges",
                org.slug,
                org.badges.len()
            );
            assert!(
                (3..=6).contains(&org.activities.len()),
                "{}: has {} activities",
                org.slug,
                org.activities.len()
            );
            let mut titles = HashSet::new();
            for activity in org.activities {
                assert!(
                    titles.insert(activity.title),
                    "{}: activity title '{}' is repeated",
                    org.slug,
                    activity.title
                );
            }
        }
    }

    #[test]
    fn at_least_60_badges() {
        let count = badges().count();
        assert!(count >= 60, "expected at least 60 badges, found {count}");
    }

    #[test]
    fn levels_are_the_city_scale_and_badges_map_onto_it() {
        let ranks: Vec<i32> = LEVELS.iter().map(|l| l.rank).collect();
        assert_eq!(
            ranks,
            vec![1, 2, 3, 4],
            "the city scale has ranks 1 to 4 in order"
        );
        for (org, badge) in badges() {
            if let Some(level) = badge.city_level {
                assert!(
                    (1..=4).contains(&level),
                    "{}/{}: city_level {level} is outside 1..=4",
                    org.slug,
                    badge.slug
                );
            }
            assert_eq!(
                badge.level_name.is_some(),
                badge.level_rank.is_some(),
                "{}/{}: level_name and level_rank go together",
                org.slug,
                badge.slug
            );
            if let Some(rank) = badge.level_rank {
                assert!(
                    rank >= 1,
                    "{}/{}: level_rank starts at 1",
                    org.slug,
                    badge.slug
                );
            }
        }
    }

    #[test]
    fn ages_and_costs_are_plausible() {
        for (org, activity) in activities() {
            let what = format!("{}: '{}'", org.slug, activity.title);
            if let Some(min) = activity.age_min {
                assert!((6..=24).contains(&min), "{what}: age_min {min}");
            }
            if let Some(max) = activity.age_max {
                assert!((6..=24).contains(&max), "{what}: age_max {max}");
                assert!(
                    activity.age_min.unwrap_or(0) <= max,
                    "{what}: age_min is above age_max"
                );
            }
            assert!(
                (0..=15_000).contains(&activity.cost_cents),
                "{what}: cost {}",
                activity.cost_cents
            );
        }
    }

    #[test]
    fn skill_alignments_are_esco_skill_uris() {
        let prefix = "http://data.europa.eu/esco/skill/";
        for (org, badge) in badges() {
            for skill in badge.skills {
                let id = skill.uri.strip_prefix(prefix).unwrap_or("");
                let shape_ok = id.len() == 36
                    && id.char_indices().all(|(i, c)| {
                        if [8, 13, 18, 23].contains(&i) {
                            c == '-'
                        } else {
                            c.is_ascii_hexdigit()
                        }
                    });
                assert!(
                    shape_ok,
                    "{}/{}: '{}' is not an ESCO skill URI",
                    org.slug, badge.slug, skill.uri
                );
                assert!(
                    !skill.name.is_empty(),
                    "{}/{}: skill without a name",
                    org.slug,
                    badge.slug
                );
            }
        }
        assert!(
            badges().filter(|(_, b)| !b.skills.is_empty()).count() >= 20,
            "at least 20 badges carry ESCO skills"
        );
    }
}
