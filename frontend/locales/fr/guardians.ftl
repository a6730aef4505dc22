# Le côté parent ou tuteur d’un compte d’enfant : le lien de consentement et la page du tuteur.

consent-title = Un enfant vous demande votre permission
consent-lead = { $child } a créé un compte et vous a indiqué comme parent ou tuteur. Cet enfant a moins de 13 ans : il lui faut votre permission.
consent-means-enroll = Si vous approuvez, l’enfant pourra s’inscrire aux activités proposées dans toute la ville.
consent-means-badges = L’enfant pourra recevoir des badges des organismes avec lesquels il apprend.
consent-means-private = Les organismes ne voient qu’un pseudonyme, jamais son nom, son courriel ni sa date de naissance.
consent-means-withdraw = Vous verrez ses activités et ses badges sur votre page, et vous pourrez retirer votre permission à tout moment.
consent-sent-to = Cette demande a été envoyée à { $email }.
consent-open-until = Vous pouvez y répondre jusqu’au { $date }.
consent-approve = Approuver
consent-refuse = Refuser
consent-expired = Cette demande a expiré. L’enfant peut en envoyer une nouvelle depuis la page de son compte.
consent-answered = Cette demande a déjà reçu une réponse : { $status }.
consent-sign-in-lead = Cette adresse a déjà un compte. Connectez-vous pour répondre.
consent-sign-in = Se connecter pour répondre
consent-create-title = Créez votre compte de tuteur
consent-create-lead = Il vous permet de répondre à cette demande puis de suivre les activités et les badges de votre enfant.
consent-your-name = Votre nom
consent-create-submit = Créer mon compte
consent-other-account = Cette demande a été envoyée à { $email } et vous êtes connecté avec un autre compte. Déconnectez-vous, puis rouvrez le lien.

guardian-title = Mes enfants
guardian-requests = En attente de votre réponse
guardian-children = Enfants que vous avez approuvés
guardian-no-children = Aucun compte d’enfant n’est encore lié au vôtre. Quand un enfant indique votre adresse, la demande apparaît ici et dans vos courriels.
guardian-approved-on = Approuvé le { $date }
guardian-no-sessions = Aucune séance à venir.
guardian-badges = Badges
guardian-no-badges = Pas encore de badge.
guardian-waitlisted = En liste d’attente
guardian-withdraw = Retirer ma permission
guardian-withdraw-hint = Ses places aux séances à venir sont libérées, et le compte ne peut plus s’inscrire à rien tant qu’un tuteur ne l’a pas approuvé de nouveau.
guardian-done-approved = Merci : le compte est approuvé. Vous pouvez suivre votre enfant ici.
guardian-done-refused = Vous avez refusé la demande : le compte peut seulement consulter.
guardian-done-withdrawn = Permission retirée : les places à venir ont été libérées.

guardian-export = Télécharger ses données
guardian-delete-title = Supprimer ce compte
guardian-delete-lead = Les informations de votre enfant, ses places aux séances et ses demandes sont effacées définitivement. Les badges déjà délivrés restent valides pour qui détient leurs fichiers. C’est irréversible.
guardian-delete-submit = Supprimer définitivement le compte
guardian-done-deleted = Le compte est supprimé.
