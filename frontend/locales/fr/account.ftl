# Comptes : inscription, connexion, réinitialisation du mot de passe, la page du compte et les messages après un formulaire.

check-fields = vérifiez les champs signalés

signup-title = Créer votre compte
signup-lead = Un seul compte pour toutes les activités et tous les badges de { $city }. Votre nom public est un pseudonyme que nous créons pour vous ; votre vrai nom reste privé.
signup-name = Votre nom
field-email = Courriel
field-password = Mot de passe
password-rule = (au moins 10 caractères)
signup-birth-date = Date de naissance
signup-birth-date-hint = (elle sert à vous montrer des activités pour votre âge ; avant 13 ans, un parent ou un tuteur approuve votre compte)
signup-guardian-email = Courriel d’un parent ou tuteur
signup-guardian-email-hint = (seulement si vous avez moins de 13 ans : nous lui demanderons d’approuver votre compte)
signup-submit = Créer le compte
signup-have-account = Vous avez déjà un compte ?
signup-sign-in = Connectez-vous

login-title = Se connecter
login-submit = Se connecter
login-forgot = Mot de passe oublié ?
login-create = Créer un compte

forgot-title = Réinitialiser votre mot de passe
forgot-lead = Entrez le courriel associé à votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-submit = Envoyer le lien

reset-title = Choisir un nouveau mot de passe
reset-new-password = Nouveau mot de passe
reset-submit = Enregistrer le nouveau mot de passe

check-email-title = Consultez vos courriels
signup-sent = Nous avons envoyé un message à { $email }. Ouvrez le lien qu’il contient pour confirmer votre adresse et vous connecter. Cela peut prendre une minute ; regardez aussi dans vos courriels indésirables.
forgot-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valide pendant 2 heures.
password-changed-title = Mot de passe modifié
password-changed-heading = Votre mot de passe est modifié
password-changed-lead = Connectez-vous avec votre nouveau mot de passe.
password-changed-sign-in = Se connecter

me-title = Votre compte
me-welcome = Bienvenue, { $name } ! Votre adresse est confirmée et votre compte est prêt.
me-name = Nom
me-nickname = Pseudonyme public
me-email = Courriel
me-not-confirmed = (pas encore confirmé : consultez votre boîte de réception)
me-account = Compte
me-organizations = Vos organismes
me-city = Ville
me-review = Organismes en attente d’approbation
me-find-activity = Trouver une activité
me-change-password = Changer votre mot de passe
me-password-changed = Votre mot de passe est modifié. Vos sessions ouvertes ailleurs ont été fermées.
me-current-password = Mot de passe actuel
me-new-password = Nouveau mot de passe
me-signs-out = Le changer vous déconnecte partout ailleurs.
me-change-submit = Changer le mot de passe

me-guardian-title = En attente de votre parent ou tuteur
me-guardian-lead = Vous pouvez tout consulter, mais tant qu’un parent ou un tuteur n’a pas approuvé votre compte, vous ne pouvez ni vous inscrire à des activités ni recevoir de badges.
me-guardian-sent = Nous avons envoyé la demande à { $email }. Demandez-lui d’ouvrir le lien du courriel.
me-guardian-last = Votre dernière demande à { $email } :
me-guardian-ask = Renvoyer la demande
me-guardian-asked = Demande envoyée. Demandez à votre parent ou tuteur de consulter ses courriels.

me-data-title = Vos données
me-data-lead = Téléchargez tout ce que nous conservons sur votre compte : vos informations, votre agenda, vos badges et le justificatif signé de chacun, dans un fichier zip.
me-export = Télécharger mes données
me-delete-title = Supprimer mon compte
me-delete-lead = Vos informations, vos places aux séances et votre adresse d’agenda sont effacées définitivement. Les badges déjà délivrés restent valides pour qui détient leurs fichiers, mais ne vous nomment plus ici. C’est irréversible.
me-delete-password = Votre mot de passe, pour confirmer
me-delete-submit = Supprimer définitivement mon compte
deleted-title = Votre compte est supprimé
deleted-lead = Vos informations ont été effacées. Les fichiers de badges que vous avez téléchargés restent vérifiables. Vous pouvez créer un nouveau compte avec la même adresse quand vous voulez.

# Préférences de courriel et désabonnement.
mail-settings-title = Préférences de courriel
mail-settings-lead = Choisissez les courriels que vous recevez. Chacun porte aussi un lien de désabonnement que votre messagerie affiche.
mail-settings-legend = M’écrire quand
mail-settings-always = Les courriels dont votre compte a besoin (confirmer votre adresse, réinitialiser votre mot de passe, l’accord d’un tuteur) sont toujours envoyés.
mail-settings-save = Enregistrer
mail-settings-saved = Enregistré.
me-mail-link = Choisir les courriels que vous recevez
unsubscribe-title = Ne plus recevoir ces courriels ?
unsubscribe-ask = Vous ne recevrez plus de courriels quand : { $list }.
unsubscribe-submit = Me désabonner
unsubscribe-done-title = Désabonnement fait
unsubscribe-done = C’est fait : plus de courriels quand : { $list }.
unsubscribe-settings = Vous avez changé d’avis ? Une fois connecté, vous pouvez le réactiver dans
