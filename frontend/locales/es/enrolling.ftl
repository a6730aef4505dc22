# Inscripción en sesiones, la agenda y el calendario.

places-full = Completo
places-open = Abierto a todos
places-waiting = { $count ->
    [one] { $count } en la lista de espera
   *[other] { $count } en la lista de espera
}
session-add-calendar = Añadir al calendario
enroll-submit = Inscribirme
enroll-join-waitlist = Unirme a la lista de espera
enroll-sign-in = Inicia sesión para inscribirte
enroll-you-are-in = Estás inscrito
enroll-you-wait = { $position ->
    [one] Eres la siguiente persona en la lista de espera
   *[other] Eres el número { $position } en la lista de espera
}
enroll-cancel = Cancelar mi lugar
enroll-leave-waitlist = Salir de la lista de espera
enroll-done-enrolled = Estás inscrito. Te enviaremos un recordatorio el día antes.
enroll-done-waitlisted = Esta sesión está completa: estás en la lista de espera. Si se libera un lugar, es tuyo y te avisaremos por correo.
enroll-done-cancelled = Cancelado. Tu lugar pasa a la siguiente persona de la lista de espera.
enroll-see-schedule = Ver mi agenda

schedule-title = Mi agenda
schedule-upcoming = Próximamente
schedule-none = Todavía no te has inscrito en ninguna sesión.
schedule-other = Pasadas y canceladas

calendar-title = En tu aplicación de calendario
calendar-intro = Suscríbete a tu dirección de calendario privada en la aplicación de calendario de tu teléfono o computadora: las sesiones en las que te inscribas aparecerán allí solas.
calendar-make = Crear mi dirección de calendario
calendar-replace = Crear una dirección nueva (la anterior deja de funcionar)
calendar-turn-off = Desactivar la dirección
calendar-new-address = Tu dirección de calendario privada:
calendar-shown-once = Cópiala ahora en tu aplicación de calendario: solo se muestra una vez. No la compartas; quien la tenga puede ver tu agenda.
calendar-feed-on = Tu dirección de calendario está activa desde el { $date }.
calendar-feed-ended = Tu dirección de calendario está desactivada: las aplicaciones que la usaban ya no ven tu agenda.

backpack-title = Mis insignias
backpack-empty = Todavía no tienes insignias: aparecerán aquí en cuanto una organización te otorgue una.
backpack-summary = { $count ->
    [one] { $count } insignia
   *[other] { $count } insignias
}
backpack-issuers = { $count ->
    [0] {""}
    [one] de { $count } organización.
   *[other] de { $count } organizaciones.
}
backpack-revoked = Revocada por su emisor.
backpack-expired = Vencida: fue válida y ya no lo es.
backpack-valid-until = Válida hasta el { $date }
backpack-download-png = Imagen (PNG)
backpack-download-svg = Imagen (SVG)
backpack-download-json = Credencial (JSON)

saved-add = Guardar para después
saved-yes = Guardada
saved-remove = Quitar de guardadas
saved-done = Guardada: está en tu horario, en «Guardadas para después».
saved-removed = Se quitó de tus actividades guardadas.
saved-title = Guardadas para después
saved-none = Todavía no guardaste nada: usa «Guardar para después» en la página de una actividad.
enroll-after-guardian = Podrás inscribirte cuando tu madre, padre o tutor apruebe tu cuenta.
enroll-after-guardian-link = Ver la solicitud

profile-title = Insignias de { $name }
profile-empty = Todavía no hay insignias para mostrar.
profile-verify = Cada insignia enlaza a su credencial, que cualquiera puede verificar.
profile-switch = Mostrar mis insignias en una página pública
profile-switch-hint = Allí solo aparecen tu apodo y tus insignias válidas: nunca tu nombre, correo, escuela ni fecha de nacimiento. Desactivada hasta que la actives.
profile-save = Guardar
profile-is-at = Tu página pública:
profile-done-on = Tu página pública está activada. Comparte su dirección con quien quieras.
profile-done-off = Tu página pública está desactivada: su dirección ya no muestra nada.
backpack-linkedin = Añadir a LinkedIn
