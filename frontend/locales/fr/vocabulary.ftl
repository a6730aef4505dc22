# Les vocabulaires fermés de la plateforme : `{vocabulaire}-{valeur enregistrée}`.


organization-kind-school = École
organization-kind-museum = Musée
organization-kind-library = Bibliothèque
organization-kind-employer = Employeur
organization-kind-community = Groupe communautaire
organization-kind-fab_lab = Fab lab
organization-kind-college = Cégep ou collège
organization-kind-other = Autre

organization-status-pending = En attente d’approbation
organization-status-active = Actif
organization-status-suspended = Suspendu

account-kind-youth = Jeune
account-kind-guardian = Parent ou tuteur
account-kind-staff = Personnel d’un organisme
account-kind-coordinator = Coordination de la ville
account-kind-platform_admin = Administration de la plateforme

role-org_admin = Administration de l’organisme
role-staff = Personnel
role-reviewer = Évaluateur

format-in_person = En personne
format-online = En ligne
format-hybrid = Hybride

status-draft = Brouillon
status-published = Publiée
status-archived = Archivée

enrollment-status-enrolled = Inscrit
enrollment-status-waitlisted = En liste d’attente
enrollment-status-cancelled = Annulée
enrollment-status-completed = Terminée

award-status-pending = En attente
award-status-issued = Délivré
award-status-revoked = Révoqué

achievement-type-Badge = Badge
achievement-type-Achievement = Réussite
achievement-type-Award = Prix
achievement-type-Certificate = Certificat
achievement-type-Certification = Certification
achievement-type-Competency = Compétence
achievement-type-CoCurricular = Parascolaire
achievement-type-Course = Cours
achievement-type-LearningProgram = Programme d’apprentissage
achievement-type-MicroCredential = Microcertification

age-band-under_13 = Moins de 13 ans
age-band-13_15 = 13–15 ans
age-band-16_18 = 16–18 ans
age-band-19_24 = 19–24 ans
age-band-25_plus = 25 ans et plus

token-purpose-verify_email = Vérification du courriel
token-purpose-reset_password = Réinitialisation du mot de passe

actor-kind-anonymous = Anonyme
actor-kind-user = Personne
actor-kind-api_token = Jeton d’API

consent-status-pending = En attente de réponse
consent-status-approved = Approuvée
consent-status-refused = Refusée
consent-status-withdrawn = Retirée
consent-status-replaced = Remplacée par une demande plus récente

audit-target-user = Compte
audit-target-organization = Organisme
audit-target-activity = Activité
audit-target-award = Prix
audit-target-issuer_key = Clé de signature
audit-target-api_token = Jeton d’API
audit-target-enrollment = Inscription

outbox-topic-mail = Courriel
outbox-topic-search = Changement de l’index de recherche

day-mon = Lundi
day-tue = Mardi
day-wed = Mercredi
day-thu = Jeudi
day-fri = Vendredi
day-sat = Samedi
day-sun = Dimanche

time-of-day-morning = Matin
time-of-day-afternoon = Après-midi
time-of-day-evening = Soir

mail-list-badge_awarded = Un badge m’est décerné
mail-list-seat_opened = Une place se libère pour moi sur une liste d’attente
mail-list-session_reminder = Rappels la veille d’une séance
