# Le cadre de chaque page et les mots que beaucoup de pages partagent.

skip-to-content = Aller au contenu
nav-main = Principal
nav-activities = Activités
nav-organizations = Organismes
nav-verify = Vérifier un badge
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-join = S’inscrire
footer-powered = propulsé par CityBadges, des badges libres pour le réseau d’apprentissage d’une ville
footer-api = API
footer-language = Langue
pages-nav = Pages

cost-free = Gratuit
places-left = { $count ->
    [0] Complet
    [one] { $count } place restante
   *[other] { $count } places restantes
}
places-capacity = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
ages-range = { $min } à { $max } ans
ages-from = { $min } ans et plus
ages-up-to = Jusqu’à { $max } ans
ages-all = Tous âges
distance-away = à { $km } km
next-session = Prochaine séance :
earn-badges = Badges :
language-of-content = Langue : { $language }
level = Niveau : { $level }
city-level = Niveau de la ville { $level }
