# Accounts: sign-up, sign-in, password reset, the account page and the messages after a form.

check-fields = please check the highlighted fields

signup-title = Create your account
signup-lead = One account for every activity and badge in { $city }. Your public name is a nickname we make for you; your real name stays private.
signup-name = Your name
field-email = Email
field-password = Password
password-rule = (at least 10 characters)
signup-birth-date = Date of birth
signup-birth-date-hint = (it shows activities for your age; under 13, a parent or guardian approves your account)
signup-guardian-email = Parent or guardian’s email
signup-guardian-email-hint = (only if you are under 13: we ask them to approve your account)
signup-submit = Create account
signup-have-account = Already have an account?
signup-sign-in = Sign in

login-title = Sign in
login-submit = Sign in
login-forgot = Forgot your password?
login-create = Create an account

forgot-title = Reset your password
forgot-lead = Enter the email you signed up with. We will send you a link to choose a new password.
forgot-submit = Send the link

reset-title = Choose a new password
reset-new-password = New password
reset-submit = Save the new password

check-email-title = Check your email
signup-sent = We sent a message to { $email }. Open the link in it to confirm your address and sign in. It may take a minute; look in your spam folder too.
forgot-sent = If an account uses that address, we have sent it a link to choose a new password. The link works for 2 hours.
password-changed-title = Password changed
password-changed-heading = Your password is changed
password-changed-lead = Sign in with your new password.
password-changed-sign-in = Sign in

me-title = Your account
me-welcome = Welcome, { $name }! Your address is confirmed and your account is ready.
me-name = Name
me-nickname = Public nickname
me-email = Email
me-not-confirmed = (not confirmed yet: check your inbox)
me-account = Account
me-organizations = Your organizations
me-city = City
me-review = Organizations waiting for approval
me-find-activity = Find an activity
me-change-password = Change your password
me-password-changed = Your password is changed. Everywhere else you were signed in, you are signed out.
me-current-password = Current password
me-new-password = New password
me-signs-out = Changing it signs you out everywhere else.
me-change-submit = Change password

me-guardian-title = Waiting for your parent or guardian
me-guardian-lead = You can look around, but until a parent or guardian approves your account you cannot sign up for activities or receive badges.
me-guardian-sent = We sent the request to { $email }. Ask them to open the link in the email.
me-guardian-last = Your last request to { $email }:
me-guardian-ask = Send the request again
me-guardian-asked = Request sent. Ask your parent or guardian to check their email.

me-data-title = Your data
me-data-lead = Download everything we hold about your account: your details, your schedule, your badges and each badge’s signed credential, as one zip file.
me-export = Download my data
me-delete-title = Delete my account
me-delete-lead = Your details, your places in sessions and your calendar address go for good. Badges already issued stay valid for whoever holds their files, but no longer name you here. This cannot be undone.
me-delete-password = Your password, to confirm
me-delete-submit = Delete my account for good
deleted-title = Your account is deleted
deleted-lead = Your details are gone. Badge files you downloaded still verify. You can create a new account with the same address at any time.

# Mail settings and unsubscribing.
mail-settings-title = Mail settings
mail-settings-lead = Choose which emails you get. Each of them also has an unsubscribe link your mail app shows.
mail-settings-legend = Email me when
mail-settings-always = Emails your account needs (confirming your address, resetting your password, a guardian’s approval) are always sent.
mail-settings-save = Save
mail-settings-saved = Saved.
me-mail-link = Choose which emails you get
unsubscribe-title = Stop these emails?
unsubscribe-ask = You will no longer get emails when: { $list }.
unsubscribe-submit = Unsubscribe
unsubscribe-done-title = Unsubscribed
unsubscribe-done = Done: no more emails when: { $list }.
unsubscribe-settings = Changed your mind? Signed in, you can turn it back on in
