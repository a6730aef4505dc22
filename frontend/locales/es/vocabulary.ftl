# Los vocabularios cerrados de la plataforma: `{vocabulario}-{valor guardado}`.


organization-kind-school = Escuela
organization-kind-museum = Museo
organization-kind-library = Biblioteca
organization-kind-employer = Empleador
organization-kind-community = Grupo comunitario
organization-kind-fab_lab = Fab lab
organization-kind-college = Universidad
organization-kind-other = Otro

organization-status-pending = Pendiente de aprobación
organization-status-active = Activa
organization-status-suspended = Suspendida

account-kind-youth = Joven
account-kind-guardian = Tutor
account-kind-staff = Personal de una organización
account-kind-coordinator = Coordinación de la ciudad
account-kind-platform_admin = Administración de la plataforma

role-org_admin = Administración de la organización
role-staff = Personal
role-reviewer = Revisor

format-in_person = Presencial
format-online = En línea
format-hybrid = Híbrido

status-draft = Borrador
status-published = Publicada
status-archived = Archivada

enrollment-status-enrolled = Inscrito
enrollment-status-waitlisted = En lista de espera
enrollment-status-cancelled = Cancelada
enrollment-status-completed = Completada

award-status-pending = Pendiente
award-status-issued = Emitida
award-status-revoked = Revocada

achievement-type-Badge = Insignia
achievement-type-Achievement = Logro
achievement-type-Award = Premio
achievement-type-Certificate = Certificado
achievement-type-Certification = Certificación
achievement-type-Competency = Competencia
achievement-type-CoCurricular = Extracurricular
achievement-type-Course = Curso
achievement-type-LearningProgram = Programa de aprendizaje
achievement-type-MicroCredential = Microcredencial

age-band-under_13 = Menos de 13
age-band-13_15 = 13–15
age-band-16_18 = 16–18
age-band-19_24 = 19–24
age-band-25_plus = 25 o más

token-purpose-verify_email = Verificación del correo
token-purpose-reset_password = Restablecer la contraseña

actor-kind-anonymous = Anónimo
actor-kind-user = Persona
actor-kind-api_token = Token de API

consent-status-pending = Esperando respuesta
consent-status-approved = Aprobada
consent-status-refused = Rechazada
consent-status-withdrawn = Retirada
consent-status-replaced = Sustituida por una solicitud más reciente

audit-target-user = Cuenta
audit-target-organization = Organización
audit-target-activity = Actividad
audit-target-award = Premio
audit-target-issuer_key = Clave de firma
audit-target-api_token = Token de API
audit-target-enrollment = Inscripción

outbox-topic-mail = Correo
outbox-topic-search = Cambio del índice de búsqueda

day-mon = Lunes
day-tue = Martes
day-wed = Miércoles
day-thu = Jueves
day-fri = Viernes
day-sat = Sábado
day-sun = Domingo

time-of-day-morning = Mañana
time-of-day-afternoon = Tarde
time-of-day-evening = Noche

mail-list-badge_awarded = Me otorgan una insignia
mail-list-seat_opened = Se libera una plaza para mí en una lista de espera
mail-list-session_reminder = Recordatorios el día antes de una sesión
