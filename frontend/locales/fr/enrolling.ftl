# Inscription aux séances, l’agenda et le calendrier.

places-full = Complet
places-open = Ouvert à tous
places-waiting = { $count ->
    [one] { $count } sur la liste d’attente
   *[other] { $count } sur la liste d’attente
}
session-add-calendar = Ajouter au calendrier
enroll-submit = M’inscrire
enroll-join-waitlist = Rejoindre la liste d’attente
enroll-sign-in = Connectez-vous pour vous inscrire
enroll-you-are-in = Vous êtes inscrit
enroll-you-wait = { $position ->
    [one] Vous êtes le prochain sur la liste d’attente
   *[other] Vous êtes numéro { $position } sur la liste d’attente
}
enroll-cancel = Annuler ma place
enroll-leave-waitlist = Quitter la liste d’attente
enroll-done-enrolled = Vous êtes inscrit. Nous vous enverrons un rappel la veille.
enroll-done-waitlisted = Cette séance est complète : vous êtes sur la liste d’attente. Si une place se libère, elle est à vous et nous vous écrirons.
enroll-done-cancelled = Annulé. Votre place revient à la personne suivante sur la liste d’attente.
enroll-see-schedule = Voir mon agenda

schedule-title = Mon agenda
schedule-upcoming = À venir
schedule-none = Vous ne vous êtes encore inscrit à aucune séance.
schedule-other = Passées et annulées

calendar-title = Dans votre application de calendrier
calendar-intro = Abonnez-vous à votre adresse de calendrier privée dans l’application de calendrier de votre téléphone ou de votre ordinateur : les séances auxquelles vous vous inscrivez y apparaissent d’elles-mêmes.
calendar-make = Créer mon adresse de calendrier
calendar-replace = Créer une nouvelle adresse (l’ancienne cesse de fonctionner)
calendar-turn-off = Désactiver l’adresse
calendar-new-address = Votre adresse de calendrier privée :
calendar-shown-once = Copiez-la maintenant dans votre application de calendrier : elle n’est affichée qu’une fois. Gardez-la pour vous ; quiconque l’a peut voir votre agenda.
calendar-feed-on = Votre adresse de calendrier est active depuis le { $date }.
calendar-feed-ended = Votre adresse de calendrier est désactivée : les applications qui l’utilisaient ne voient plus votre agenda.

backpack-title = Mes badges
backpack-empty = Pas encore de badge : ils apparaissent ici dès qu’un organisme vous en décerne un.
backpack-summary = { $count ->
    [one] { $count } badge
   *[other] { $count } badges
}
backpack-issuers = { $count ->
    [0] {""}
    [one] de { $count } organisme.
   *[other] de { $count } organismes.
}
backpack-revoked = Révoqué par son émetteur.
backpack-expired = Expiré : il a été valide et ne l’est plus.
backpack-valid-until = Valide jusqu’au { $date }
backpack-download-png = Image (PNG)
backpack-download-svg = Image (SVG)
backpack-download-json = Attestation (JSON)

saved-add = Garder pour plus tard
saved-yes = Gardée
saved-remove = Retirer des activités gardées
saved-done = Gardée : elle figure dans votre agenda, sous « Gardées pour plus tard ».
saved-removed = Retirée de vos activités gardées.
saved-title = Gardées pour plus tard
saved-none = Rien de gardé pour l’instant : utilisez « Garder pour plus tard » sur la page d’une activité.
enroll-after-guardian = Vous pourrez vous inscrire dès qu’un parent ou un tuteur aura approuvé votre compte.
enroll-after-guardian-link = Voir la demande

profile-title = Les badges de { $name }
profile-empty = Aucun badge à montrer pour l’instant.
profile-verify = Chaque badge mène à son justificatif, que chacun peut vérifier.
profile-switch = Montrer mes badges sur une page publique
profile-switch-hint = Seuls votre pseudonyme et vos badges valides y figurent : jamais votre nom, votre courriel, votre école ni votre date de naissance. Désactivée tant que vous ne l’activez pas.
profile-save = Enregistrer
profile-is-at = Votre page publique :
profile-done-on = Votre page publique est activée. Partagez son adresse avec qui vous voulez.
profile-done-off = Votre page publique est désactivée : son adresse n’affiche plus rien.
backpack-linkedin = Ajouter à LinkedIn
