# Lo que ve la madre, padre o tutor de una cuenta infantil: el enlace de consentimiento y su página.

consent-title = Un niño o niña te pide permiso
consent-lead = { $child } creó una cuenta y te indicó como su madre, padre o tutor. Tiene menos de 13 años, así que necesita tu permiso.
consent-means-enroll = Si lo apruebas, podrá inscribirse en actividades de toda la ciudad.
consent-means-badges = Podrá recibir insignias de las organizaciones con las que aprende.
consent-means-private = Las organizaciones solo ven un apodo, nunca su nombre, correo ni fecha de nacimiento.
consent-means-withdraw = Verás sus actividades e insignias en tu página y podrás retirar tu permiso cuando quieras.
consent-sent-to = Esta solicitud se envió a { $email }.
consent-open-until = Se puede responder hasta el { $date }.
consent-approve = Aprobar
consent-refuse = Rechazar
consent-expired = Esta solicitud caducó. El niño o niña puede enviar otra desde la página de su cuenta.
consent-answered = Esta solicitud ya tiene respuesta: { $status }.
consent-sign-in-lead = Esta dirección ya tiene una cuenta. Inicia sesión para responder.
consent-sign-in = Iniciar sesión para responder
consent-create-title = Crea tu cuenta de tutor
consent-create-lead = Con ella respondes a esta solicitud y, después, sigues las actividades e insignias de tu hijo o hija.
consent-your-name = Tu nombre
consent-create-submit = Crear mi cuenta
consent-other-account = Esta solicitud se envió a { $email } y has iniciado sesión con otra cuenta. Cierra la sesión y vuelve a abrir el enlace.

guardian-title = Mis hijos
guardian-requests = Esperan tu respuesta
guardian-children = Niños que aprobaste
guardian-no-children = Todavía no hay ninguna cuenta infantil vinculada a la tuya. Cuando un niño o niña indique tu dirección, la solicitud aparecerá aquí y en tu correo.
guardian-approved-on = Aprobada el { $date }
guardian-no-sessions = Ninguna sesión próxima.
guardian-badges = Insignias
guardian-no-badges = Todavía no tiene insignias.
guardian-waitlisted = En lista de espera
guardian-withdraw = Retirar mi permiso
guardian-withdraw-hint = Se liberan sus plazas en las próximas sesiones y la cuenta ya no puede inscribirse en nada hasta que un tutor la apruebe de nuevo.
guardian-done-approved = Gracias: la cuenta está aprobada. Puedes seguir a tu hijo o hija aquí.
guardian-done-refused = Rechazaste la solicitud: la cuenta solo puede mirar.
guardian-done-withdrawn = Permiso retirado: se liberaron las próximas plazas.

guardian-export = Descargar sus datos
guardian-delete-title = Eliminar esta cuenta
guardian-delete-lead = Los datos de tu hijo o hija, sus plazas en sesiones y sus solicitudes se borran para siempre. Las insignias ya emitidas siguen siendo válidas para quien tenga sus archivos. No se puede deshacer.
guardian-delete-submit = Eliminar la cuenta para siempre
guardian-done-deleted = La cuenta se eliminó.
