# Enrolling in sessions, the schedule and the calendar.

places-full = Full
places-open = Open to all
places-waiting = { $count ->
    [one] { $count } on the waitlist
   *[other] { $count } on the waitlist
}
session-add-calendar = Add to calendar
enroll-submit = Enroll
enroll-join-waitlist = Join the waitlist
enroll-sign-in = Sign in to enroll
enroll-you-are-in = You're enrolled
enroll-you-wait = { $position ->
    [one] You're next on the waitlist
   *[other] You're number { $position } on the waitlist
}
enroll-cancel = Cancel my place
enroll-leave-waitlist = Leave the waitlist
enroll-done-enrolled = You're enrolled. We'll send you a reminder the day before.
enroll-done-waitlisted = This session is full: you're on the waitlist. If a place opens up, it's yours and we'll email you.
enroll-done-cancelled = Cancelled. Your place goes to the next person on the waitlist.
enroll-see-schedule = See my schedule

schedule-title = My schedule
schedule-upcoming = Coming up
schedule-none = You haven't enrolled in a session yet.
schedule-other = Past and cancelled

calendar-title = In your calendar app
calendar-intro = Subscribe to your private calendar address in your phone's or computer's calendar app: the sessions you enroll in appear there by themselves.
calendar-make = Make my calendar address
calendar-replace = Make a new address (the old one stops working)
calendar-turn-off = Turn the address off
calendar-new-address = Your private calendar address:
calendar-shown-once = Copy it now into your calendar app: it is shown only once. Keep it to yourself; anyone with it can see your schedule.
calendar-feed-on = Your calendar address has been on since { $date }.
calendar-feed-ended = Your calendar address is off: calendar apps that used it no longer see your schedule.

backpack-title = My badges
backpack-empty = No badges yet: they appear here as soon as an organization awards you one.
backpack-summary = { $count ->
    [one] { $count } badge
   *[other] { $count } badges
}
backpack-issuers = { $count ->
    [0] {""}
    [one] from { $count } organization.
   *[other] from { $count } organizations.
}
backpack-revoked = Revoked by its issuer.
backpack-expired = Expired: it was valid, and no longer is.
backpack-valid-until = Valid until { $date }
backpack-download-png = Image (PNG)
backpack-download-svg = Image (SVG)
backpack-download-json = Credential (JSON)

saved-add = Save for later
saved-yes = Saved
saved-remove = Remove from saved
saved-done = Saved: it is on your schedule page, under “Saved for later”.
saved-removed = Removed from your saved activities.
saved-title = Saved for later
saved-none = Nothing saved yet: use “Save for later” on an activity’s page.
enroll-after-guardian = You can enroll once a parent or guardian approves your account.
enroll-after-guardian-link = See the request

profile-title = { $name }’s badges
profile-empty = No badges to show yet.
profile-verify = Each badge links to its credential, which anyone can check.
profile-switch = Show my badges on a public page
profile-switch-hint = Only your nickname and your valid badges show there: never your name, email, school or date of birth. Off until you turn it on.
profile-save = Save
profile-is-at = Your public page:
profile-done-on = Your public page is on. Share its address with anyone.
profile-done-off = Your public page is off: its address shows nothing now.
backpack-linkedin = Add to LinkedIn
