# El marco de cada página y las palabras que comparten muchas páginas.

skip-to-content = Ir al contenido
nav-main = Principal
nav-activities = Actividades
nav-organizations = Organizaciones
nav-verify = Verificar una insignia
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
nav-join = Unirse
footer-powered = con CityBadges, insignias de código abierto para la red de aprendizaje de una ciudad
footer-api = API
footer-language = Idioma
pages-nav = Páginas

cost-free = Gratis
places-left = { $count ->
    [0] Completo
    [one] Queda { $count } lugar
   *[other] { $count } lugares disponibles
}
places-capacity = { $count ->
    [one] { $count } lugar
   *[other] { $count } lugares
}
ages-range = De { $min } a { $max } años
ages-from = Desde { $min } años
ages-up-to = Hasta { $max } años
ages-all = Todas las edades
distance-away = a { $km } km
next-session = Próxima:
earn-badges = Insignias:
language-of-content = Idioma: { $language }
level = Nivel: { $level }
city-level = Nivel de la ciudad { $level }
