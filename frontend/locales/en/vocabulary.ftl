# The platform's closed vocabularies as people read them: `{vocabulary}-{stored value}`
# (one block per `vocabulary!` in crates/domain/src/kinds.rs; a test keeps them complete).


organization-kind-school = School
organization-kind-museum = Museum
organization-kind-library = Library
organization-kind-employer = Employer
organization-kind-community = Community group
organization-kind-fab_lab = Fab lab
organization-kind-college = College
organization-kind-other = Other

organization-status-pending = Pending approval
organization-status-active = Active
organization-status-suspended = Suspended

account-kind-youth = Youth
account-kind-guardian = Guardian
account-kind-staff = Organization staff
account-kind-coordinator = City coordinator
account-kind-platform_admin = Platform administrator

role-org_admin = Organization administrator
role-staff = Staff
role-reviewer = Reviewer

format-in_person = In person
format-online = Online
format-hybrid = Hybrid

status-draft = Draft
status-published = Published
status-archived = Archived

enrollment-status-enrolled = Enrolled
enrollment-status-waitlisted = Waitlisted
enrollment-status-cancelled = Cancelled
enrollment-status-completed = Completed

award-status-pending = Pending
award-status-issued = Issued
award-status-revoked = Revoked

achievement-type-Badge = Badge
achievement-type-Achievement = Achievement
achievement-type-Award = Award
achievement-type-Certificate = Certificate
achievement-type-Certification = Certification
achievement-type-Competency = Competency
achievement-type-CoCurricular = Co-curricular
achievement-type-Course = Course
achievement-type-LearningProgram = Learning program
achievement-type-MicroCredential = Micro-credential

age-band-under_13 = Under 13
age-band-13_15 = 13–15
age-band-16_18 = 16–18
age-band-19_24 = 19–24
age-band-25_plus = 25 and over

token-purpose-verify_email = Email verification
token-purpose-reset_password = Password reset

actor-kind-anonymous = Anonymous
actor-kind-user = Person
actor-kind-api_token = API token

consent-status-pending = Waiting for an answer
consent-status-approved = Approved
consent-status-refused = Refused
consent-status-withdrawn = Withdrawn
consent-status-replaced = Replaced by a newer request

audit-target-user = Account
audit-target-organization = Organization
audit-target-activity = Activity
audit-target-award = Award
audit-target-issuer_key = Signing key
audit-target-api_token = API token
audit-target-enrollment = Enrollment

outbox-topic-mail = Mail
outbox-topic-search = Search index change

day-mon = Monday
day-tue = Tuesday
day-wed = Wednesday
day-thu = Thursday
day-fri = Friday
day-sat = Saturday
day-sun = Sunday

time-of-day-morning = Morning
time-of-day-afternoon = Afternoon
time-of-day-evening = Evening

mail-list-badge_awarded = A badge is awarded to me
mail-list-seat_opened = A place opens up for me on a waitlist
mail-list-session_reminder = Reminders the day before a session
