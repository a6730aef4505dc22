# A guardian's side of a child's account: the consent link and the guardian's page.

consent-title = A child asks for your permission
consent-lead = { $child } created an account and named you as their parent or guardian. They are under 13, so they need your permission.
consent-means-enroll = If you approve, they can sign up for activities offered across the city.
consent-means-badges = They can receive badges from the organizations they learn with.
consent-means-private = Organizations see only a nickname, never their name, email address or date of birth.
consent-means-withdraw = You will see their activities and badges on your page, and you can withdraw your permission at any time.
consent-sent-to = This request was sent to { $email }.
consent-open-until = It can be answered until { $date }.
consent-approve = Approve
consent-refuse = Refuse
consent-expired = This request has expired. The child can send a new one from their account page.
consent-answered = This request was already answered: { $status }.
consent-sign-in-lead = This address already has an account. Sign in to answer.
consent-sign-in = Sign in to answer
consent-create-title = Create your guardian account
consent-create-lead = With it you answer this request and, later, follow your child's activities and badges.
consent-your-name = Your name
consent-create-submit = Create my account
consent-other-account = This request was sent to { $email }, and you are signed in with another account. Sign out, then open the link again.

guardian-title = My children
guardian-requests = Waiting for your answer
guardian-children = Children you approved
guardian-no-children = No child account is linked to yours yet. When a child names your address, the request appears here and in your email.
guardian-approved-on = Approved on { $date }
guardian-no-sessions = No session coming up.
guardian-badges = Badges
guardian-no-badges = No badges yet.
guardian-waitlisted = On the waitlist
guardian-withdraw = Withdraw my permission
guardian-withdraw-hint = Their places in sessions to come are given up, and the account can no longer sign up for anything until a guardian approves it again.
guardian-done-approved = Thank you: the account is approved. You can follow your child here.
guardian-done-refused = You refused the request: the account can only look around.
guardian-done-withdrawn = Permission withdrawn: the places to come were given up.

guardian-export = Download their data
guardian-delete-title = Delete this account
guardian-delete-lead = Your child’s details, places in sessions and requests go for good. Badges already issued stay valid for whoever holds their files. This cannot be undone.
guardian-delete-submit = Delete the account for good
guardian-done-deleted = The account is deleted.
