//! Synthetic people: names drawn from a city's mix, and playful public handles.

use rand::seq::SliceRandom;
use rand::Rng;

const FIRST: &[&str] = &[
    "Aaliyah",
    "Aiden",
    "Alejandro",
    "Amara",
    "Andre",
    "Ava",
    "Bilal",
    "Camila",
    "Chen",
    "Daniela",
    "Darius",
    "Deja",
    "Diego",
    "Elena",
    "Emeka",
    "Fatima",
    "Gabriel",
    "Hana",
    "Imani",
    "Isabella",
    "Jamal",
    "Jasmine",
    "Jayden",
    "Jin",
    "Kai",
    "Keisha",
    "Liam",
    "Lucia",
    "Malik",
    "Maya",
    "Mateo",
    "Mei",
    "Nia",
    "Noah",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Samir",
    "Sofia",
    "Tariq",
    "Tanisha",
    "Thanh",
    "Valeria",
    "Wei",
    "Xavier",
    "Yara",
    "Zoe",
    "Zainab",
    "Ethan",
];

const LAST: &[&str] = &[
    "Adams",
    "Ahmed",
    "Alvarez",
    "Brown",
    "Castillo",
    "Chen",
    "Davis",
    "Diaz",
    "Evans",
    "Flores",
    "Garcia",
    "Green",
    "Hernandez",
    "Ibrahim",
    "Jackson",
    "Johnson",
    "Kim",
    "Kowalski",
    "Lee",
    "Lopez",
    "Martinez",
    "Mensah",
    "Nguyen",
    "Novak",
    "Okafor",
    "Ortiz",
    "Patel",
    "Perez",
    "Quinn",
    "Ramirez",
    "Robinson",
    "Rodriguez",
    "Singh",
    "Smith",
    "Thomas",
    "Torres",
    "Tran",
    "Walker",
    "Washington",
    "Williams",
    "Wilson",
    "Wong",
    "Young",
    "Zielinski",
];

const ADJ: &[&str] = &[
    "curious", "bright", "brave", "swift", "clever", "bold", "kind", "sunny", "keen", "calm",
];
const NOUN: &[&str] = &[
    "otter", "falcon", "maple", "comet", "heron", "lynx", "cedar", "robin", "orca", "fox",
];

pub fn name(rng: &mut impl Rng) -> (&'static str, &'static str) {
    (
        FIRST.choose(rng).copied().unwrap_or("Alex"),
        LAST.choose(rng).copied().unwrap_or("Doe"),
    )
}

/// "curious-otter": a handle that says nothing about the person.
pub fn handle(rng: &mut impl Rng) -> String {
    format!(
        "{}-{}",
        ADJ.choose(rng).copied().unwrap_or("new"),
        NOUN.choose(rng).copied().unwrap_or("learner")
    )
}
