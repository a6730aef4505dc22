# The emails the platform sends (templates in frontend/templates/emails), in the recipient's
# language.

email-greeting = Hi { $name },
email-hello = Hello,
email-hello-name = Hello { $name },

email-verify-subject = Confirm your email address
email-verify-intro = Welcome! Please confirm your email address by opening this link:
email-verify-ignore = The link works for 3 days. If you did not sign up, you can ignore this email.

email-reset-subject = Reset your password
email-reset-intro = Someone (hopefully you) asked to reset your password. Open this link to choose a new one:
email-reset-ignore = The link works for 2 hours and only once. If you did not ask, you can ignore this email: your password stays the same.

email-exists-subject = You already have an account
email-exists-intro = Someone (hopefully you) tried to create a new account with this email address. You already have one, so nothing was created.
email-exists-sign-in = Sign in here:
email-exists-reset = Forgot your password? Choose a new one here:
email-exists-ignore = If it was not you, you can ignore this email: your account is unchanged.

email-award-subject = You earned a badge: { $badge }
email-award-intro = { $organization } has awarded you the badge "{ $badge }".
email-award-see = See it, download it as an image or a file, and share it:
email-award-genuine =
    Your badge is a signed Open Badges 3.0 credential. Anyone can check that it is genuine
    at { $verify }, and it works with other badge backpacks and wallets.

email-seat-subject = A place opened up for you: { $activity }
email-seat-intro = Good news: a place opened up in "{ $activity }" ({ $organization }) on { $when }, and it is yours. You were first on the waitlist.
email-seat-schedule = See your schedule and add the session to your calendar:
email-seat-cancel = If you can no longer come, please cancel from your schedule so the place goes to the next person.

email-reminder-subject = Reminder: { $activity } starts on { $when }
email-reminder-intro = This is a reminder that "{ $activity }" ({ $organization }) starts on { $when }.
email-reminder-where = Where: { $place }
email-reminder-details = Details:
email-reminder-cancel = Can't come? Please cancel from your schedule so someone on the waitlist can take your place:

email-consent-subject = { $child } asks for your permission to join { $city }
email-consent-intro = { $child } created an account on { $city }'s learning network and named you as their parent or guardian. Because they are under 13, they need your permission before they can sign up for activities or receive badges.
email-consent-what = If you approve, organizations see only a nickname, never their name, email or birth date. You will have a page listing their activities and badges, and you can withdraw your permission, download their data or delete the account at any time.
email-consent-open = To approve or refuse, open this link (you will sign in or create a guardian account with this address):
email-consent-ignore = The link works for { $days } days. If you do not know this child, you can ignore this email: the account stays unable to sign up for anything.

email-list-footer = Don’t want emails like this one? Use the “unsubscribe” link your mail app shows, or the mail settings on your account page.
