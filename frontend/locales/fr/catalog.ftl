# Le catalogue public : accueil, recherche, activité, organismes, badge.

home-title = Trouver quelque chose à apprendre
home-heading = Apprendre du nouveau à { $city }
home-lead = { $activities } activités de { $organizations } écoles, musées, bibliothèques, laboratoires, employeurs et groupes communautaires. Joignez-vous à eux, gagnez des badges et montrez ce que vous savez faire.
topic = Thème
any-topic = Tous les thèmes
your-age = Votre âge
neighbourhood = Quartier
anywhere = Partout
free-only = Gratuit seulement
find-activities = Trouver des activités
coming-up = À venir
see-all-activities = Voir toutes les activités
explore-by-topic = Explorer par thème

search-label = Rechercher
search-placeholder = Robotique, peinture, soccer…
search-button = Rechercher
sort = Trier
sort-relevance = Pertinence
sort-soonest = Les plus proches dans le temps
sort-nearest = Les plus près
sort-newest = Les plus récentes
near = Près de
near-label = Près d’un quartier
use-my-location = Utiliser ma position
location-unavailable = Position non disponible
within = À moins de
dates = Dates
date-from = Du
date-to = Au
results = Résultats
results-count = { $count ->
    [one] { $count } activité
   *[other] { $count } activités
}
results-page = page { $page }
results-also = Aussi :
results-badge = { $name } (badge)
results-empty = Rien ne correspond pour l’instant. Essayez moins de filtres ou d’autres mots.
results-clear = Effacer la recherche
filters-toggle = Filtres ({ $count })
facet-any = Tous
facet-any-age = Tout âge
facet-topic = Thème
facet-neighbourhood = Quartier
facet-format = Format
facet-day = Jour
facet-time = Moment de la journée
facet-org_kind = Organisme
facet-language = Langue
facet-accessibility = Accessibilité
facet-age = Votre âge
facet-cost = Coût
facet-places = Places
facet-badges = Badges
facet-free = Gratuit
facet-places-left = Places disponibles
facet-leads-to-badge = Mène à un badge

activity-where = Où :
activity-access = Accessibilité :
activity-sessions = Séances
activity-no-sessions = Aucune séance n’est prévue.
activity-badges = Badges à gagner

organizations-title = Organismes
organizations-kind = Type
organizations-every-kind = Tous les types
organizations-show = Afficher
organizations-count = { $count ->
    [one] { $count } organisme
   *[other] { $count } organismes
}
organization-website = Site web
organization-badges = Badges
organization-activities = Activités ({ $count })

badge-how-to-earn = Comment l’obtenir
badge-skills = Compétences

## The map beside search results
map = Carte
map-label = Carte des activités de cette page
map-zoom-in = Zoom avant
map-zoom-out = Zoom arrière
map-note = Les repères montrent les résultats de cette page qui ont un lieu ; les activités en ligne sont dans la liste. Un repère ouvre son activité.
