# El catálogo público: inicio, búsqueda, actividad, organizaciones, insignia.

home-title = Encuentra algo que aprender
home-heading = Aprende algo nuevo en { $city }
home-lead = { $activities } actividades de { $organizations } escuelas, museos, bibliotecas, laboratorios, empleadores y grupos comunitarios. Únete, gana insignias y muestra lo que sabes hacer.
topic = Tema
any-topic = Cualquier tema
your-age = Tu edad
neighbourhood = Barrio
anywhere = En cualquier lugar
free-only = Solo gratis
find-activities = Buscar actividades
coming-up = Próximamente
see-all-activities = Ver todas las actividades
explore-by-topic = Explorar por tema

search-label = Buscar
search-placeholder = Robótica, pintura, fútbol…
search-button = Buscar
sort = Ordenar
sort-relevance = Más relevantes
sort-soonest = Más próximas
sort-nearest = Más cercanas
sort-newest = Más nuevas
near = Cerca de
near-label = Cerca de un barrio
use-my-location = Usar mi ubicación
location-unavailable = Ubicación no disponible
within = A menos de
dates = Fechas
date-from = Desde
date-to = Hasta
results = Resultados
results-count = { $count ->
    [one] { $count } actividad
   *[other] { $count } actividades
}
results-page = página { $page }
results-also = También:
results-badge = { $name } (insignia)
results-empty = Todavía no hay resultados. Prueba con menos filtros u otras palabras.
results-clear = Borrar la búsqueda
filters-toggle = Filtros ({ $count })
facet-any = Cualquiera
facet-any-age = Cualquier edad
facet-topic = Tema
facet-neighbourhood = Barrio
facet-format = Formato
facet-day = Día
facet-time = Hora del día
facet-org_kind = Organización
facet-language = Idioma
facet-accessibility = Accesibilidad
facet-age = Tu edad
facet-cost = Costo
facet-places = Lugares
facet-badges = Insignias
facet-free = Gratis
facet-places-left = Con lugares disponibles
facet-leads-to-badge = Da una insignia

activity-where = Dónde:
activity-access = Accesibilidad:
activity-sessions = Sesiones
activity-no-sessions = No hay sesiones programadas.
activity-badges = Insignias que puedes ganar

organizations-title = Organizaciones
organizations-kind = Tipo
organizations-every-kind = Todos los tipos
organizations-show = Mostrar
organizations-count = { $count ->
    [one] { $count } organización
   *[other] { $count } organizaciones
}
organization-website = Sitio web
organization-badges = Insignias
organization-activities = Actividades ({ $count })

badge-how-to-earn = Cómo ganarla
badge-skills = Habilidades

## The map beside search results
map = Mapa
map-label = Mapa de las actividades de esta página
map-zoom-in = Acercar
map-zoom-out = Alejar
map-note = Los marcadores muestran los resultados de esta página que tienen un lugar; las actividades en línea están en la lista. Un marcador abre su actividad.
