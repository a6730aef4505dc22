# Les messages d’erreur qu’une personne lit : pages d’erreur, documents de problème (`title`,
# `detail` et erreurs par champ) et formulaires réaffichés avec ce qu’il faut corriger.

## Ce que dit l’erreur d’un cas d’utilisation

err-not-found = { $what ->
    [account] compte introuvable
    [activity] activité introuvable
    [api-token] jeton d’API introuvable
    [award] attribution introuvable
    [badge] badge introuvable
    [calendar] calendrier introuvable
    [child] enfant introuvable
    [consent] demande de permission introuvable
    [credential] attestation introuvable
    [document] document introuvable
    [enrollment] inscription introuvable
    [issuer] émetteur introuvable
    [key] clé introuvable
    [organization] organisme introuvable
    [profile] profil introuvable
    [page] page introuvable
    [session] séance introuvable
    [status-list] liste de statuts introuvable
    [user] utilisateur introuvable
    [vc-api-issuer] l’émetteur VC-API configuré est introuvable
    [vc-api-issuing] l’émission par VC-API n’est pas activée ici
   *[other] introuvable
}
err-invalid = certaines valeurs ne sont pas acceptables
err-unauthenticated = vous devez d’abord vous connecter
err-forbidden = vous n’avez pas le droit de faire ceci
err-duplicate = un enregistrement avec la même clé existe déjà
err-rate-limited = { $seconds ->
    [one] trop de tentatives ; réessayez dans { $seconds } seconde
   *[other] trop de tentatives ; réessayez dans { $seconds } secondes
}
err-busy = { $seconds ->
    [one] le serveur est occupé par d’autres demandes de ce type ; réessayez dans { $seconds } seconde
   *[other] le serveur est occupé par d’autres demandes de ce type ; réessayez dans { $seconds } secondes
}
err-unavailable = un service dont nous dépendons est indisponible ; réessayez sous peu
err-internal = quelque chose n’a pas fonctionné de notre côté ; veuillez réessayer

## Règles des champs, communes aux formulaires, à l’API et à la ligne de commande

err-email = entrez une adresse courriel comme nom@exemple.org
err-at-least-chars = utilisez au moins { $min } caractères
err-at-most-chars = utilisez au plus { $max } caractères
err-at-most-ordinary-chars = utilisez au plus { $max } caractères ordinaires
err-enter-name = entrez un nom
err-slug = utilisez de 2 à 64 lettres minuscules, chiffres et traits d’union
err-unknown-value = « { $value } » n’est pas une valeur valide (valeurs possibles : { $expected })
err-chars-between = utilisez de { $min } à { $max } caractères
err-between = doit être entre { $min } et { $max }
err-must-be-either = doit être { $first } ou { $second }

## Activités

err-description-long = utilisez au plus 20 000 caractères
err-age-order = ne doit pas être inférieur à age_min
err-cost-range = doit être entre 0 et 10 000 000
err-lat-lng-pair = donnez lat et lng ensemble, ou aucun des deux
err-sessions-many = au plus 500 séances à la fois
err-session-order = chaque séance doit se terminer après son début
err-capacity-range = le nombre de places doit être entre 1 et 100 000
err-accessibility-many = au plus 20 éléments de 60 caractères
err-topics-many = au plus 11 thèmes et 20 badges
err-not-a-topic = « { $value } » n’est pas un thème de cette ville
err-not-a-neighbourhood = n’est pas un quartier de cette ville
err-not-a-badge = « { $value } » n’est pas un badge publié de cet organisme

## Attributions

err-batch-item = élément { $item } : { $message }
err-award-recipient-either = donnez recipient_email ou recipient_user_id, l’un des deux
err-award-recipient-email = n’est pas une adresse courriel
err-award-achievement = désignez un badge par son id ou son slug
err-award-narrative-long = utilisez au plus 5 000 caractères
err-award-evidence-url = doit être une URL http(s) d’au plus 2 000 caractères
err-award-valid-until = doit être dans le futur
err-award-not-a-badge = « { $value } » n’est pas un badge publié de cet organisme
err-award-no-such-user = aucun compte n’a cet id
err-org-not-approved = cet organisme n’est pas encore approuvé ; il ne peut donc pas attribuer de badges
err-idempotency-reused = cette Idempotency-Key a déjà servi pour une autre demande
err-idempotency-busy = une demande avec cette Idempotency-Key est en cours de traitement ; réessayez
err-idempotency-key = l’Idempotency-Key doit compter de 1 à 255 caractères ASCII visibles
err-batch-size = envoyez de 1 à { $max } attributions
err-use-either = utilisez { $first } ou { $second }
err-revoke-reason = donnez un motif de 1 à 500 caractères
err-already-revoked = cette attribution est déjà révoquée

## Vérifier une attestation

# Un détail technique d’une couche inférieure, tel qu’il est arrivé (en anglais).
err-detail = { $detail }
err-file-too-large = le fichier dépasse { $mib } Mio
err-png-unreadable = ce PNG est illisible : { $detail }
err-png-no-badge = cette image PNG ne contient aucun badge
err-not-png-svg-json = ce n’est ni un PNG, ni un SVG, ni du JSON
err-svg-unreadable = ce SVG est illisible : { $detail }
err-svg-no-badge = cette image SVG ne contient aucun badge
err-svg-script = ce SVG contient un script ({ $script }) ; de telles images sont refusées
err-not-json = ce n’est pas du JSON valide : { $detail }
err-ob2-badge = cette image contient un badge Open Badges 2.0 ; ce vérificateur vérifie les attestations Open Badges 3.0 (son émetteur héberge l’assertion 2.0 pour la vérifier)
err-jwt-credential = cette image contient une attestation protégée par JWT ; seules les preuves Data Integrity sont vérifiées ici
err-baked-not-json = l’attestation intégrée n’est pas du JSON valide : { $detail }
err-too-complex = cette attestation est trop complexe à vérifier : { $detail }
err-url-too-long = l’URL est trop longue
err-fetch-bad-url = { $url } n’est pas une URL http(s)
err-fetch-private = téléchargement de { $url } refusé : elle pointe vers une adresse privée, de bouclage ou de liaison locale
err-fetch-unreachable = impossible de joindre { $url } : { $detail }
err-fetch-status = { $url } a répondu HTTP { $status }
err-fetch-too-large = { $url } a envoyé plus de { $max } octets
err-fetch-redirects = { $url } a redirigé trop de fois
err-body-not-json = le corps n’est pas du JSON : { $detail }
err-body-needs-vc = le corps doit contenir un objet `verifiableCredential`
err-body-needs-credential = le corps doit contenir un objet `credential`
err-issues-as = ce point d’accès émet en tant que { $issuer }
err-not-a-vc = l’attestation n’est pas une Verifiable Credential valide : { $detail }
err-one-of = doit être l’une de ces valeurs : { $allowed }

## Comptes

err-birth-date-missing = entrez votre date de naissance : elle détermine si un parent ou tuteur doit participer
err-birth-date-format = entrez une date comme 2010-04-23
err-birth-date-real = entrez votre vraie date de naissance
err-verify-link = ce lien est invalide, déjà utilisé ou expiré ; connectez-vous pour en recevoir un nouveau
err-reset-link = ce lien est invalide, déjà utilisé ou expiré ; demandez-en un nouveau
err-account-disabled = ce compte est désactivé
err-sign-in = ce courriel et ce mot de passe ne correspondent à aucun compte
err-current-password = ce n’est pas votre mot de passe actuel
err-account-exists = un compte avec le courriel { $email } existe déjà

## Organismes, jetons et clés

err-token-name = donnez au jeton un nom de 1 à 80 caractères
err-not-a-member = { $email } n’est pas membre de { $org }
err-token-role = { $email } a le rôle { $role } dans { $org } ; les jetons sont réservés aux administrateurs et au personnel
err-key-reason-long = limitez le motif à 500 caractères
err-status-lists-busy = les listes de statuts sont occupées ; réessayez
err-demo-not-empty = la base de données contient déjà des organismes ; la ville de démonstration ne remplit qu’une base vide

## Recherche et catalogue

err-unknown-slug = n’est pas un slug connu (lettres minuscules, chiffres et traits d’union)
err-near-unknown = n’est pas un quartier de cette ville
err-query-repeated = la chaîne de requête n’est pas valide : un paramètre à valeur unique a été donné plus d’une fois ({ $detail })
err-field-unreadable = { $field } : { $message }
err-value-empty = la valeur est vide : donnez-en une ou retirez le paramètre
err-not-a-number = « { $value } » n’est pas un nombre
err-not-a-flag = « { $value } » n’est ni true ni false
err-values-many = au plus { $max } valeurs
err-not-a-slug = « { $value } » n’est pas un slug (lettres minuscules, chiffres et traits d’union)
err-date-format = utilisez une date comme 2026-03-14
err-not-a-day = ce n’est pas un jour
err-amount-between = doit être un montant entre 0 et { $max }
err-nearest-needs-place = nearest exige lat et lng (ou le lieu d’un quartier)
err-value-not-one-of = « { $value } » n’est pas l’une de ces valeurs : { $allowed }
err-radius-needs-place = exige lat et lng
err-lat-lng-both = donnez lat et lng ensemble
err-not-a-facet = « { $value } » n’est pas une facette ; utilisez : { $allowed }
err-not-a-language-code = « { $value } » n’est pas un code de langue comme en ou es
err-not-a-feature = « { $value } » n’est pas un nom de caractéristique

## Ce que toute demande traverse (la frontière)

err-forbidden-char = { $field } contient un caractère que le texte ne peut pas contenir ici (U+{ $code }) ; retirez-le et réessayez
err-where-field = le champ `{ $name }`
err-where-field-name = un nom de champ
err-where-query-name = un nom de paramètre de requête
err-where-form-name = un nom de champ de formulaire
err-where-address = l’adresse
err-upload-too-large = le fichier téléversé dépasse { $mib } Mio
err-upload-failed = le téléversement a échoué : { $detail }
err-form-unreadable = le formulaire est illisible : { $detail }
err-idempotency-ascii = l’Idempotency-Key doit être en caractères ASCII visibles
err-not-a-verify-request = le corps n’est pas une demande de vérification : { $detail }
err-verify-either = envoyez `credential` ou `url`, l’un des deux
err-verify-empty = envoyez une attestation, une image ou une URL
err-verify-form-empty = choisissez un fichier de badge, collez une attestation ou donnez son URL
err-body-not-json-type = le corps de la demande est illisible : envoyez-le en JSON (Content-Type: application/json)
err-body-unreadable = le corps de la demande est illisible : { $detail }
err-query-invalid = la chaîne de requête n’est pas valide : { $detail }
err-address-invalid = l’adresse n’est pas valide : { $detail }
err-authorization-header = l’en-tête Authorization doit être « Bearer <token> »
err-csrf = ce formulaire a expiré ou vient d’un autre site ; rechargez la page et réessayez
err-whole-number = doit être un nombre entier
err-unknown-locale = « { $value } » n’est pas une langue de cette plateforme (en, es, fr)

## Comment une erreur est répondue : documents de problème et pages d’erreur

# Le `title` d’un document de problème : le nom de son statut.
err-status = { $status ->
    [400] Requête incorrecte
    [401] Non autorisé
    [403] Interdit
    [404] Introuvable
    [405] Méthode non permise
    [409] Conflit
    [413] Contenu trop volumineux
    [422] Entité non traitable
    [429] Trop de requêtes
    [500] Erreur interne du serveur
    [503] Service indisponible
   *[other] Erreur
}
err-method-not-allowed = { $method } n’est pas une méthode de cette adresse ; elle a { $allowed }
err-page-not-found = Nous n’avons pas trouvé cette page
err-page-forbidden = Ceci ne vous est pas ouvert
err-page-slow-down = Ralentissez un peu
err-page-server = Quelque chose n’a pas fonctionné
err-page-other = Ça n’a pas fonctionné
err-page-home = Aller à la page d’accueil
err-page-browse = Parcourir les activités
err-page-code = Erreur { $status }

# Inscriptions
err-enroll-consent = un parent ou tuteur doit approuver votre compte avant que vous puissiez vous inscrire
err-enroll-ages = cette activité est pour les { $min } à { $max } ans
err-enroll-ages-from = cette activité est pour les { $min } ans et plus
err-enroll-ages-up-to = cette activité est pour les jeunes jusqu’à { $max } ans
err-session-started = cette séance a déjà commencé
err-enrollment-completed = cette activité est terminée : il n’y a rien à annuler

err-guardian-email-missing = vous avez moins de 13 ans : indiquez l’adresse d’un parent ou tuteur, qui approuvera votre compte
err-guardian-email-own = indiquez l’adresse de votre parent ou tuteur, pas la vôtre
err-consent-link = ce lien de permission n’est pas valide : ouvrez-le tel qu’il figure dans le courriel
err-consent-closed = cette demande a déjà reçu une réponse ou a expiré ; l’enfant peut en envoyer une nouvelle depuis son compte
err-guardian-sign-in = cette adresse a déjà un compte : connectez-vous pour répondre
err-consent-other-account = cette demande a été envoyée à { $email } : déconnectez-vous, puis connectez-vous avec cette adresse
err-consent-not-needed = votre compte n’a pas besoin de l’approbation d’un tuteur
err-award-awaiting-guardian = cette personne ne peut pas recevoir de badges tant qu’un parent ou tuteur n’a pas approuvé son compte
err-delete-staff = le compte du personnel d’un organisme ou de la ville est fermé par un administrateur de la plateforme : demandez-le au vôtre
err-unsubscribe-link = ce lien de désabonnement n’est pas valide : ouvrez-le tel qu’il figure dans le courriel, ou modifiez vos préférences depuis la page de votre compte
