# Mensajes de error que lee una persona: páginas de error, documentos de problema (`title`,
# `detail` y errores por campo) y formularios que vuelven con lo que hay que corregir.

## Lo que dice el error de un caso de uso

err-not-found = { $what ->
    [account] no se encontró la cuenta
    [activity] no se encontró la actividad
    [api-token] no se encontró el token de API
    [award] no se encontró el otorgamiento
    [badge] no se encontró la insignia
    [calendar] calendario no encontrado
    [child] menor no encontrado
    [consent] solicitud de permiso no encontrada
    [credential] no se encontró la credencial
    [document] no se encontró el documento
    [enrollment] inscripción no encontrada
    [issuer] no se encontró el emisor
    [key] no se encontró la clave
    [organization] no se encontró la organización
    [profile] perfil no encontrado
    [page] no se encontró la página
    [session] sesión no encontrada
    [status-list] no se encontró la lista de estado
    [user] no se encontró el usuario
    [vc-api-issuer] no se encontró el emisor configurado de VC-API
    [vc-api-issuing] la emisión por VC-API no está habilitada aquí
   *[other] no se encontró
}
err-invalid = algunos valores no son aceptables
err-unauthenticated = primero tienes que iniciar sesión
err-forbidden = no tienes permiso para hacer esto
err-duplicate = ya existe un registro con la misma clave
err-rate-limited = { $seconds ->
    [one] demasiados intentos; vuelve a intentarlo en { $seconds } segundo
   *[other] demasiados intentos; vuelve a intentarlo en { $seconds } segundos
}
err-busy = { $seconds ->
    [one] el servidor está ocupado con otras solicitudes de este tipo; vuelve a intentarlo en { $seconds } segundo
   *[other] el servidor está ocupado con otras solicitudes de este tipo; vuelve a intentarlo en { $seconds } segundos
}
err-unavailable = un servicio del que dependemos no está disponible; vuelve a intentarlo en un momento
err-internal = algo salió mal de nuestro lado; vuelve a intentarlo

## Reglas de los campos, comunes a formularios, API y línea de comandos

err-email = escribe un correo electrónico como nombre@ejemplo.org
err-at-least-chars = usa al menos { $min } caracteres
err-at-most-chars = usa como máximo { $max } caracteres
err-at-most-ordinary-chars = usa como máximo { $max } caracteres comunes
err-enter-name = escribe un nombre
err-slug = usa de 2 a 64 letras minúsculas, dígitos y guiones
err-unknown-value = “{ $value }” no es un valor válido (valores posibles: { $expected })
err-chars-between = usa de { $min } a { $max } caracteres
err-between = debe estar entre { $min } y { $max }
err-must-be-either = debe ser { $first } o { $second }

## Actividades

err-description-long = usa como máximo 20,000 caracteres
err-age-order = no debe ser menor que age_min
err-cost-range = debe estar entre 0 y 10,000,000
err-lat-lng-pair = da lat y lng juntos, o ninguno de los dos
err-sessions-many = como máximo 500 sesiones a la vez
err-session-order = cada sesión debe terminar después de empezar
err-capacity-range = el cupo debe estar entre 1 y 100,000
err-accessibility-many = como máximo 20 elementos de 60 caracteres
err-topics-many = como máximo 11 temas y 20 insignias
err-not-a-topic = “{ $value }” no es un tema de esta ciudad
err-not-a-neighbourhood = no es un barrio de esta ciudad
err-not-a-badge = “{ $value }” no es una insignia publicada de esta organización

## Otorgamientos

err-batch-item = elemento { $item }: { $message }
err-award-recipient-either = da recipient_email o recipient_user_id, uno de los dos
err-award-recipient-email = no es un correo electrónico
err-award-achievement = indica una insignia por su id o su slug
err-award-narrative-long = usa como máximo 5,000 caracteres
err-award-evidence-url = debe ser una URL http(s) de 2,000 caracteres como máximo
err-award-valid-until = debe ser una fecha futura
err-award-not-a-badge = “{ $value }” no es una insignia publicada de esta organización
err-award-no-such-user = ninguna cuenta tiene este id
err-org-not-approved = esta organización todavía no está aprobada, así que no puede otorgar insignias
err-idempotency-reused = esta Idempotency-Key ya se usó para otra solicitud
err-idempotency-busy = una solicitud con esta Idempotency-Key se está procesando; vuelve a intentarlo
err-idempotency-key = la Idempotency-Key debe tener de 1 a 255 caracteres ASCII visibles
err-batch-size = envía de 1 a { $max } otorgamientos
err-use-either = usa { $first } o { $second }
err-revoke-reason = da un motivo de 1 a 500 caracteres
err-already-revoked = este otorgamiento ya está revocado

## Verificar una credencial

# Un detalle técnico de una capa inferior, tal como llegó (en inglés).
err-detail = { $detail }
err-file-too-large = el archivo pesa más de { $mib } MiB
err-png-unreadable = no se puede leer este PNG: { $detail }
err-png-no-badge = esta imagen PNG no contiene ninguna insignia
err-not-png-svg-json = esto no es ni un PNG, ni un SVG, ni JSON
err-svg-unreadable = no se puede leer este SVG: { $detail }
err-svg-no-badge = esta imagen SVG no contiene ninguna insignia
err-svg-script = este SVG contiene un script ({ $script }); esas imágenes se rechazan
err-not-json = esto no es JSON válido: { $detail }
err-ob2-badge = esta imagen contiene una insignia Open Badges 2.0; este verificador comprueba credenciales Open Badges 3.0 (su emisor publica la aserción 2.0 para comprobarla)
err-jwt-credential = esta imagen contiene una credencial protegida con JWT; aquí solo se comprueban pruebas Data Integrity
err-baked-not-json = la credencial incrustada no es JSON válido: { $detail }
err-too-complex = esta credencial es demasiado compleja para comprobarla: { $detail }
err-url-too-long = la URL es demasiado larga
err-fetch-bad-url = { $url } no es una URL http(s)
err-fetch-private = no se descargó { $url }: apunta a una dirección privada, local o de enlace local
err-fetch-unreachable = no se pudo acceder a { $url }: { $detail }
err-fetch-status = { $url } respondió HTTP { $status }
err-fetch-too-large = { $url } envió más de { $max } bytes
err-fetch-redirects = { $url } redirigió demasiadas veces
err-body-not-json = el cuerpo no es JSON: { $detail }
err-body-needs-vc = el cuerpo necesita un objeto `verifiableCredential`
err-body-needs-credential = el cuerpo necesita un objeto `credential`
err-issues-as = este punto de acceso emite como { $issuer }
err-not-a-vc = la credencial no es una Verifiable Credential válida: { $detail }
err-one-of = debe ser uno de estos: { $allowed }

## Cuentas

err-birth-date-missing = escribe tu fecha de nacimiento: de ella depende si un padre, madre o tutor debe participar
err-birth-date-format = escribe una fecha como 2010-04-23
err-birth-date-real = escribe tu fecha de nacimiento real
err-verify-link = este enlace no es válido, ya se usó o venció; inicia sesión para recibir uno nuevo
err-reset-link = este enlace no es válido, ya se usó o venció; pide uno nuevo
err-account-disabled = esta cuenta está desactivada
err-sign-in = ese correo y esa contraseña no corresponden a ninguna cuenta
err-current-password = esta no es tu contraseña actual
err-account-exists = ya existe una cuenta con el correo { $email }

## Organizaciones, tokens y claves

err-token-name = ponle al token un nombre de 1 a 80 caracteres
err-not-a-member = { $email } no es miembro de { $org }
err-token-role = { $email } tiene el rol { $role } en { $org }; los tokens son para administradores y personal
err-key-reason-long = limita el motivo a 500 caracteres
err-status-lists-busy = las listas de estado están ocupadas; vuelve a intentarlo
err-demo-not-empty = la base de datos ya tiene organizaciones; la ciudad de demostración solo llena una vacía

## Búsqueda y catálogo

err-unknown-slug = no es un slug conocido (letras minúsculas, dígitos y guiones)
err-near-unknown = no es un barrio de esta ciudad
err-query-repeated = la cadena de consulta no es válida: un parámetro que lleva un solo valor vino más de una vez ({ $detail })
err-field-unreadable = { $field }: { $message }
err-value-empty = el valor está vacío: da uno o quita el parámetro
err-not-a-number = “{ $value }” no es un número
err-not-a-flag = “{ $value }” no es true ni false
err-values-many = como máximo { $max } valores
err-not-a-slug = “{ $value }” no es un slug (letras minúsculas, dígitos y guiones)
err-date-format = usa una fecha como 2026-03-14
err-not-a-day = no es un día
err-amount-between = debe ser un monto entre 0 y { $max }
err-nearest-needs-place = nearest necesita lat y lng (o el lugar de un barrio)
err-value-not-one-of = “{ $value }” no es uno de estos: { $allowed }
err-radius-needs-place = necesita lat y lng
err-lat-lng-both = da lat y lng juntos
err-not-a-facet = “{ $value }” no es una faceta; usa: { $allowed }
err-not-a-language-code = “{ $value }” no es un código de idioma como en o es
err-not-a-feature = “{ $value }” no es un nombre de característica

## Lo que pasa toda solicitud (el límite)

err-forbidden-char = { $field } contiene un carácter que el texto no puede llevar aquí (U+{ $code }); quítalo y vuelve a intentarlo
err-where-field = el campo `{ $name }`
err-where-field-name = el nombre de un campo
err-where-query-name = el nombre de un parámetro de consulta
err-where-form-name = el nombre de un campo del formulario
err-where-address = la dirección
err-upload-too-large = el archivo subido pesa más de { $mib } MiB
err-upload-failed = la subida falló: { $detail }
err-form-unreadable = no se pudo leer el formulario: { $detail }
err-idempotency-ascii = la Idempotency-Key debe tener solo caracteres ASCII visibles
err-not-a-verify-request = el cuerpo no es una solicitud de verificación: { $detail }
err-verify-either = envía `credential` o `url`, uno de los dos
err-verify-empty = envía una credencial, una imagen o una URL
err-verify-form-empty = elige un archivo de insignia, pega una credencial o da su URL
err-body-not-json-type = no se pudo leer el cuerpo de la solicitud: envíalo como JSON (Content-Type: application/json)
err-body-unreadable = no se pudo leer el cuerpo de la solicitud: { $detail }
err-query-invalid = la cadena de consulta no es válida: { $detail }
err-address-invalid = la dirección no es válida: { $detail }
err-authorization-header = el encabezado Authorization debe ser 'Bearer <token>'
err-csrf = este formulario venció o vino de otro sitio; vuelve a cargar la página e inténtalo de nuevo
err-whole-number = debe ser un número entero
err-unknown-locale = “{ $value }” no es un idioma de esta plataforma (en, es, fr)

## Cómo se responde un error: documentos de problema y páginas de error

# El `title` de un documento de problema: el nombre de su estado.
err-status = { $status ->
    [400] Solicitud incorrecta
    [401] No autorizado
    [403] Prohibido
    [404] No encontrado
    [405] Método no permitido
    [409] Conflicto
    [413] Contenido demasiado grande
    [422] Entidad no procesable
    [429] Demasiadas solicitudes
    [500] Error interno del servidor
    [503] Servicio no disponible
   *[other] Error
}
err-method-not-allowed = { $method } no es un método de esta dirección; tiene { $allowed }
err-page-not-found = No encontramos esa página
err-page-forbidden = Esto no está abierto para ti
err-page-slow-down = Más despacio, por favor
err-page-server = Algo salió mal
err-page-other = Eso no funcionó
err-page-home = Ir a la página de inicio
err-page-browse = Ver actividades
err-page-code = Error { $status }

# Inscripciones
err-enroll-consent = tu padre, madre o tutor tiene que aprobar tu cuenta antes de que puedas inscribirte
err-enroll-ages = esta actividad es para edades de { $min } a { $max } años
err-enroll-ages-from = esta actividad es para mayores de { $min } años
err-enroll-ages-up-to = esta actividad es para edades de hasta { $max } años
err-session-started = esta sesión ya empezó
err-enrollment-completed = esta actividad está terminada: no hay nada que cancelar

err-guardian-email-missing = tienes menos de 13 años: indica el correo de tu padre, madre o tutor, que aprobará tu cuenta
err-guardian-email-own = indica la dirección de tu padre, madre o tutor, no la tuya
err-consent-link = este enlace de permiso no es válido: ábrelo tal como aparece en el correo
err-consent-closed = esta solicitud ya fue respondida o ha caducado; el menor puede enviar otra desde su cuenta
err-guardian-sign-in = esta dirección ya tiene una cuenta: inicia sesión para responder
err-consent-other-account = esta solicitud se envió a { $email }: cierra sesión e inicia sesión con esa dirección
err-consent-not-needed = tu cuenta no necesita la aprobación de un tutor
err-award-awaiting-guardian = esta persona no puede recibir insignias hasta que su padre, madre o tutor apruebe su cuenta
err-delete-staff = la cuenta del personal de una organización o de la ciudad la cierra un administrador de la plataforma: pídeselo al tuyo
err-unsubscribe-link = este enlace para darte de baja no es válido: ábrelo tal como está en el correo o cambia tus preferencias de correo desde la página de tu cuenta
