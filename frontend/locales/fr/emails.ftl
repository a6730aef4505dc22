# Les courriels que la plateforme envoie (gabarits dans frontend/templates/emails), dans la
# langue de la personne qui les reçoit.

email-greeting = Bonjour { $name },
email-hello = Bonjour,
email-hello-name = Bonjour { $name },

email-verify-subject = Confirmez votre adresse courriel
email-verify-intro = Bienvenue ! Veuillez confirmer votre adresse courriel en ouvrant ce lien :
email-verify-ignore = Le lien est valide pendant 3 jours. Si vous ne vous êtes pas inscrit, vous pouvez ignorer ce courriel.

email-reset-subject = Réinitialisez votre mot de passe
email-reset-intro = Quelqu’un (vous, espérons-le) a demandé à réinitialiser votre mot de passe. Ouvrez ce lien pour en choisir un nouveau :
email-reset-ignore = Le lien est valide pendant 2 heures et une seule fois. Si vous n’avez rien demandé, vous pouvez ignorer ce courriel : votre mot de passe reste le même.

email-exists-subject = Vous avez déjà un compte
email-exists-intro = Quelqu’un (vous, espérons-le) a essayé de créer un nouveau compte avec cette adresse courriel. Vous en avez déjà un ; rien n’a donc été créé.
email-exists-sign-in = Connectez-vous ici :
email-exists-reset = Mot de passe oublié ? Choisissez-en un nouveau ici :
email-exists-ignore = Si ce n’était pas vous, vous pouvez ignorer ce courriel : votre compte n’a pas changé.

email-award-subject = Vous avez obtenu un badge : { $badge }
email-award-intro = { $organization } vous a attribué le badge « { $badge } ».
email-award-see = Consultez-le, téléchargez-le comme image ou comme fichier, et partagez-le :
email-award-genuine =
    Votre badge est une attestation Open Badges 3.0 signée. N’importe qui peut vérifier qu’il est authentique
    sur { $verify }, et il fonctionne avec d’autres sacs à dos et portefeuilles de badges.

email-seat-subject = Une place s’est libérée pour vous : { $activity }
email-seat-intro = Bonne nouvelle : une place s’est libérée dans « { $activity } » ({ $organization }) le { $when }, et elle est à vous. Vous étiez en tête de la liste d’attente.
email-seat-schedule = Consultez votre agenda et ajoutez la séance à votre calendrier :
email-seat-cancel = Si vous ne pouvez plus venir, annulez depuis votre agenda pour que la place revienne à la personne suivante.

email-reminder-subject = Rappel : { $activity } commence le { $when }
email-reminder-intro = Petit rappel : « { $activity } » ({ $organization }) commence le { $when }.
email-reminder-where = Où : { $place }
email-reminder-details = Détails :
email-reminder-cancel = Vous ne pouvez pas venir ? Annulez depuis votre agenda pour qu’une personne de la liste d’attente prenne votre place :

email-consent-subject = { $child } vous demande la permission de rejoindre { $city }
email-consent-intro = { $child } a créé un compte sur le réseau d’apprentissage de { $city } et vous a indiqué comme parent ou tuteur. Comme cet enfant a moins de 13 ans, il lui faut votre permission avant de s’inscrire à des activités ou de recevoir des badges.
email-consent-what = Si vous acceptez, les organisations ne voient qu’un pseudonyme, jamais son nom, son courriel ni sa date de naissance. Vous aurez une page listant ses activités et ses badges, et vous pourrez retirer votre permission, télécharger ses données ou supprimer le compte à tout moment.
email-consent-open = Pour accepter ou refuser, ouvrez ce lien (vous vous connecterez ou créerez un compte de tuteur avec cette adresse) :
email-consent-ignore = Le lien fonctionne pendant { $days } jours. Si vous ne connaissez pas cet enfant, vous pouvez ignorer ce courriel : le compte reste sans possibilité de s’inscrire.

email-list-footer = Vous ne voulez plus de courriels comme celui-ci ? Utilisez le lien « se désabonner » de votre messagerie, ou les préférences de courriel sur la page de votre compte.
