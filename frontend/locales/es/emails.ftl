# Los correos que envía la plataforma (plantillas en frontend/templates/emails), en el idioma
# de quien los recibe.

email-greeting = Hola, { $name }:
email-hello = Hola:
email-hello-name = Hola, { $name }:

email-verify-subject = Confirma tu correo electrónico
email-verify-intro = ¡Te damos la bienvenida! Confirma tu correo electrónico abriendo este enlace:
email-verify-ignore = El enlace funciona durante 3 días. Si no te registraste, puedes ignorar este correo.

email-reset-subject = Restablece tu contraseña
email-reset-intro = Alguien (ojalá tú) pidió restablecer tu contraseña. Abre este enlace para elegir una nueva:
email-reset-ignore = El enlace funciona durante 2 horas y una sola vez. Si no lo pediste, puedes ignorar este correo: tu contraseña sigue igual.

email-exists-subject = Ya tienes una cuenta
email-exists-intro = Alguien (ojalá tú) intentó crear una cuenta nueva con este correo electrónico. Ya tienes una, así que no se creó nada.
email-exists-sign-in = Inicia sesión aquí:
email-exists-reset = ¿Olvidaste tu contraseña? Elige una nueva aquí:
email-exists-ignore = Si no fuiste tú, puedes ignorar este correo: tu cuenta no cambió.

email-award-subject = Obtuviste una insignia: { $badge }
email-award-intro = { $organization } te otorgó la insignia “{ $badge }”.
email-award-see = Mírala, descárgala como imagen o como archivo, y compártela:
email-award-genuine =
    Tu insignia es una credencial Open Badges 3.0 firmada. Cualquier persona puede comprobar que es auténtica
    en { $verify }, y funciona con otras mochilas y billeteras de insignias.

email-seat-subject = Se liberó un lugar para ti: { $activity }
email-seat-intro = Buenas noticias: se liberó un lugar en «{ $activity }» ({ $organization }) el { $when }, y es tuyo. Eras la primera persona en la lista de espera.
email-seat-schedule = Mira tu agenda y añade la sesión a tu calendario:
email-seat-cancel = Si ya no puedes ir, cancela desde tu agenda para que el lugar pase a la siguiente persona.

email-reminder-subject = Recordatorio: { $activity } empieza el { $when }
email-reminder-intro = Te recordamos que «{ $activity }» ({ $organization }) empieza el { $when }.
email-reminder-where = Dónde: { $place }
email-reminder-details = Detalles:
email-reminder-cancel = ¿No puedes ir? Cancela desde tu agenda para que alguien de la lista de espera ocupe tu lugar:

email-consent-subject = { $child } te pide permiso para unirse a { $city }
email-consent-intro = { $child } creó una cuenta en la red de aprendizaje de { $city } y te indicó como su madre, padre o tutor. Como tiene menos de 13 años, necesita tu permiso antes de inscribirse en actividades o recibir insignias.
email-consent-what = Si lo apruebas, las organizaciones solo verán un apodo, nunca su nombre, correo ni fecha de nacimiento. Tendrás una página con sus actividades e insignias, y podrás retirar tu permiso, descargar sus datos o eliminar la cuenta en cualquier momento.
email-consent-open = Para aprobar o rechazar, abre este enlace (iniciarás sesión o crearás una cuenta de tutor con esta dirección):
email-consent-ignore = El enlace funciona durante { $days } días. Si no conoces a este menor, puedes ignorar este correo: la cuenta seguirá sin poder inscribirse en nada.

email-list-footer = ¿No quieres correos como este? Usa el enlace «cancelar suscripción» que muestra tu aplicación de correo o las preferencias de correo en la página de tu cuenta.
