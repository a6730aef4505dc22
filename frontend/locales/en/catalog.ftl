# The public catalog: home, search, activity, organizations, badge.

home-title = Find something to learn
home-heading = Learn something new in { $city }
home-lead = { $activities } activities from { $organizations } schools, museums, libraries, labs, employers and community groups. Join them, earn badges, and show what you can do.
topic = Topic
any-topic = Any topic
your-age = Your age
neighbourhood = Neighbourhood
anywhere = Anywhere
free-only = Free only
find-activities = Find activities
coming-up = Coming up
see-all-activities = See all activities
explore-by-topic = Explore by topic

search-label = Search
search-placeholder = Robotics, painting, soccer…
search-button = Search
sort = Sort
sort-relevance = Best match
sort-soonest = Soonest
sort-nearest = Nearest
sort-newest = Newest
near = Near
near-label = Near a neighbourhood
use-my-location = Use my location
location-unavailable = Location unavailable
within = Within
dates = Dates
date-from = From
date-to = To
results = Results
results-count = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
results-page = page { $page }
results-also = Also:
results-badge = { $name } (badge)
results-empty = Nothing matches yet. Try fewer filters or other words.
results-clear = Clear the search
filters-toggle = Filters ({ $count })
facet-any = Any
facet-any-age = Any age
facet-topic = Topic
facet-neighbourhood = Neighbourhood
facet-format = Format
facet-day = Day
facet-time = Time of day
facet-org_kind = Organization
facet-language = Language
facet-accessibility = Accessibility
facet-age = Your age
facet-cost = Cost
facet-places = Places
facet-badges = Badges
facet-free = Free
facet-places-left = Places left
facet-leads-to-badge = Leads to a badge

activity-where = Where:
activity-access = Access:
activity-sessions = Sessions
activity-no-sessions = No upcoming sessions are scheduled.
activity-badges = Badges you can earn

organizations-title = Organizations
organizations-kind = Kind
organizations-every-kind = Every kind
organizations-show = Show
organizations-count = { $count ->
    [one] { $count } organization
   *[other] { $count } organizations
}
organization-website = Website
organization-badges = Badges
organization-activities = Activities ({ $count })

badge-how-to-earn = How to earn it
badge-skills = Skills

## The map beside search results
map = Map
map-label = Map of the activities on this page
map-zoom-in = Zoom in
map-zoom-out = Zoom out
map-note = Pins show this page's results that have a place; online activities are in the list. A pin opens its activity.
