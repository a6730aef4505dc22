# Cuentas: registro, inicio de sesión, restablecer la contraseña, la página de la cuenta y los mensajes después de un formulario.

check-fields = revisa los campos marcados

signup-title = Crea tu cuenta
signup-lead = Una sola cuenta para todas las actividades e insignias de { $city }. Tu nombre público es un apodo que creamos para ti; tu nombre real se mantiene privado.
signup-name = Tu nombre
field-email = Correo electrónico
field-password = Contraseña
password-rule = (al menos 10 caracteres)
signup-birth-date = Fecha de nacimiento
signup-birth-date-hint = (sirve para mostrarte actividades para tu edad; si tienes menos de 13 años, tu madre, padre o tutor aprueba tu cuenta)
signup-guardian-email = Correo de tu madre, padre o tutor
signup-guardian-email-hint = (solo si tienes menos de 13 años: le pediremos que apruebe tu cuenta)
signup-submit = Crear cuenta
signup-have-account = ¿Ya tienes una cuenta?
signup-sign-in = Inicia sesión

login-title = Iniciar sesión
login-submit = Iniciar sesión
login-forgot = ¿Olvidaste tu contraseña?
login-create = Crear una cuenta

forgot-title = Restablece tu contraseña
forgot-lead = Escribe el correo electrónico con el que te registraste. Te enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviar el enlace

reset-title = Elige una contraseña nueva
reset-new-password = Contraseña nueva
reset-submit = Guardar la contraseña nueva

check-email-title = Revisa tu correo
signup-sent = Enviamos un mensaje a { $email }. Abre el enlace que contiene para confirmar tu dirección e iniciar sesión. Puede tardar un minuto; revisa también tu carpeta de correo no deseado.
forgot-sent = Si alguna cuenta usa esa dirección, le enviamos un enlace para elegir una contraseña nueva. El enlace es válido por 2 horas.
password-changed-title = Contraseña cambiada
password-changed-heading = Tu contraseña se cambió
password-changed-lead = Inicia sesión con tu contraseña nueva.
password-changed-sign-in = Iniciar sesión

me-title = Tu cuenta
me-welcome = ¡Te damos la bienvenida, { $name }! Tu dirección está confirmada y tu cuenta está lista.
me-name = Nombre
me-nickname = Apodo público
me-email = Correo electrónico
me-not-confirmed = (todavía sin confirmar: revisa tu bandeja de entrada)
me-account = Cuenta
me-organizations = Tus organizaciones
me-city = Ciudad
me-review = Organizaciones en espera de aprobación
me-find-activity = Buscar una actividad
me-change-password = Cambia tu contraseña
me-password-changed = Tu contraseña se cambió. Se cerró tu sesión en todos los demás lugares donde la tenías abierta.
me-current-password = Contraseña actual
me-new-password = Contraseña nueva
me-signs-out = Al cambiarla, se cierra tu sesión en todos los demás lugares.
me-change-submit = Cambiar contraseña

me-guardian-title = Esperando a tu madre, padre o tutor
me-guardian-lead = Puedes mirar, pero hasta que tu madre, padre o tutor apruebe tu cuenta no puedes inscribirte en actividades ni recibir insignias.
me-guardian-sent = Enviamos la solicitud a { $email }. Pídele que abra el enlace del correo.
me-guardian-last = Tu última solicitud a { $email }:
me-guardian-ask = Enviar la solicitud de nuevo
me-guardian-asked = Solicitud enviada. Pide a tu madre, padre o tutor que revise su correo.

me-data-title = Tus datos
me-data-lead = Descarga todo lo que guardamos de tu cuenta: tus datos, tu horario, tus insignias y la credencial firmada de cada una, en un archivo zip.
me-export = Descargar mis datos
me-delete-title = Eliminar mi cuenta
me-delete-lead = Tus datos, tus plazas en sesiones y tu dirección de calendario se borran para siempre. Las insignias ya emitidas siguen siendo válidas para quien tenga sus archivos, pero aquí ya no te nombran. No se puede deshacer.
me-delete-password = Tu contraseña, para confirmar
me-delete-submit = Eliminar mi cuenta para siempre
deleted-title = Tu cuenta se eliminó
deleted-lead = Tus datos ya no están. Los archivos de insignias que descargaste se siguen verificando. Puedes crear una cuenta nueva con la misma dirección cuando quieras.

# Preferencias de correo y bajas.
mail-settings-title = Preferencias de correo
mail-settings-lead = Elige qué correos recibes. Cada uno lleva además un enlace para darte de baja que muestra tu aplicación de correo.
mail-settings-legend = Escríbeme cuando
mail-settings-always = Los correos que tu cuenta necesita (confirmar tu dirección, restablecer tu contraseña, la aprobación de un tutor) se envían siempre.
mail-settings-save = Guardar
mail-settings-saved = Guardado.
me-mail-link = Elegir qué correos recibes
unsubscribe-title = ¿Dejar de recibir estos correos?
unsubscribe-ask = Ya no recibirás correos cuando: { $list }.
unsubscribe-submit = Darme de baja
unsubscribe-done-title = Baja hecha
unsubscribe-done = Listo: no más correos cuando: { $list }.
unsubscribe-settings = ¿Cambiaste de opinión? Con tu sesión iniciada puedes volver a activarlo en
