# The frame of every page, and the words many pages share.

skip-to-content = Skip to content
nav-main = Main
nav-activities = Activities
nav-organizations = Organizations
nav-verify = Verify a badge
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-join = Join
footer-powered = powered by CityBadges, open-source badges for a city's learning network
footer-api = API
footer-language = Language
pages-nav = Pages

cost-free = Free
places-left = { $count ->
    [0] Full
    [one] { $count } place left
   *[other] { $count } places left
}
places-capacity = { $count ->
    [one] { $count } place
   *[other] { $count } places
}
ages-range = Ages { $min }–{ $max }
ages-from = Ages { $min }+
ages-up-to = Up to age { $max }
ages-all = All ages
distance-away = { $km } km away
next-session = Next:
earn-badges = Earn:
language-of-content = Language: { $language }
level = Level: { $level }
city-level = City level { $level }
