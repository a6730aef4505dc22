# Error messages people read: error pages, problem documents (`title`, `detail`, field errors) and
# forms shown again with what to fix. Ids start with `err-`; code never reads this text.

## What a use case's error says

err-not-found = { $what ->
    [account] account not found
    [activity] activity not found
    [api-token] API token not found
    [award] award not found
    [badge] badge not found
    [calendar] calendar not found
    [child] child not found
    [consent] consent request not found
    [credential] credential not found
    [document] document not found
    [enrollment] enrollment not found
    [issuer] issuer not found
    [key] key not found
    [organization] organization not found
    [profile] profile not found
    [page] page not found
    [session] session not found
    [status-list] status list not found
    [user] user not found
    [vc-api-issuer] the configured VC-API issuer not found
    [vc-api-issuing] VC-API issuing (not enabled here) not found
   *[other] not found
}
err-invalid = some values are not acceptable
err-unauthenticated = you need to sign in first
err-forbidden = you are not allowed to do this
err-duplicate = a record with the same key already exists
err-rate-limited = too many attempts; try again in { $seconds } seconds
err-busy = the server is busy with other requests of this kind; try again in { $seconds } seconds
err-unavailable = a service we depend on is unavailable; please try again shortly
err-internal = something went wrong on our side; please try again

## Field rules shared by forms, the API and the command line

err-email = enter an email address like name@example.org
err-at-least-chars = use at least { $min } characters
err-at-most-chars = use at most { $max } characters
err-at-most-ordinary-chars = use at most { $max } ordinary characters
err-enter-name = enter a name
err-slug = use 2 to 64 lower-case letters, digits and hyphens
err-unknown-value = '{ $value }' is not a valid { $what } (expected one of: { $expected })
err-chars-between = use { $min } to { $max } characters
err-between = must be between { $min } and { $max }
err-must-be-either = must be { $first } or { $second }

## Activities

err-description-long = use at most 20,000 characters
err-age-order = must not be below age_min
err-cost-range = must be between 0 and 10,000,000
err-lat-lng-pair = give both lat and lng, or neither
err-sessions-many = at most 500 sessions at once
err-session-order = each session must end after it starts
err-capacity-range = capacity must be between 1 and 100,000
err-accessibility-many = at most 20 entries of 60 characters
err-topics-many = at most 11 topics and 20 badges
err-not-a-topic = '{ $value }' is not a topic of this city
err-not-a-neighbourhood = is not a neighbourhood of this city
err-not-a-badge = '{ $value }' is not a published badge of this organization

## Awards

err-batch-item = item { $item }: { $message }
err-award-recipient-either = give either recipient_email or recipient_user_id
err-award-recipient-email = is not an email address
err-award-achievement = name a badge by id or slug
err-award-narrative-long = use at most 5,000 characters
err-award-evidence-url = must be an http(s) URL of at most 2,000 characters
err-award-valid-until = must be in the future
err-award-not-a-badge = "{ $value }" is not a published badge of this organization
err-award-no-such-user = no account has this id
err-org-not-approved = this organization is not approved yet, so it cannot issue badges
err-idempotency-reused = this Idempotency-Key was already used for a different request
err-idempotency-busy = a request with this Idempotency-Key is being processed; retry
err-idempotency-key = Idempotency-Key must be 1 to 255 visible ASCII characters
err-batch-size = send 1 to { $max } awards
err-use-either = use { $first } or { $second }
err-revoke-reason = give a reason of 1 to 500 characters
err-already-revoked = this award is already revoked

## Verifying a credential

# A technical detail from a lower layer, shown as it came (English).
err-detail = { $detail }
err-file-too-large = the file is larger than { $mib } MiB
err-png-unreadable = this PNG cannot be read: { $detail }
err-png-no-badge = this PNG image holds no badge
err-not-png-svg-json = this is neither a PNG, an SVG nor JSON
err-svg-unreadable = this SVG cannot be read: { $detail }
err-svg-no-badge = this SVG image holds no badge
err-svg-script = this SVG contains script ({ $script }); such images are refused
err-not-json = this is not valid JSON: { $detail }
err-ob2-badge = this image holds an Open Badges 2.0 badge; this verifier checks Open Badges 3.0 credentials (its issuer hosts the 2.0 assertion for checking)
err-jwt-credential = this image holds a JWT-secured credential; only Data Integrity proofs are checked here
err-baked-not-json = the baked credential is not valid JSON: { $detail }
err-too-complex = this credential is too complex to check: { $detail }
err-url-too-long = the URL is too long
err-fetch-bad-url = { $url } is not an http(s) URL
err-fetch-private = refused to fetch { $url }: it points at a private, loopback or link-local address
err-fetch-unreachable = could not reach { $url }: { $detail }
err-fetch-status = { $url } answered HTTP { $status }
err-fetch-too-large = { $url } sent more than { $max } bytes
err-fetch-redirects = { $url } redirected too many times
err-body-not-json = the body is not JSON: { $detail }
err-body-needs-vc = the body needs a `verifiableCredential` object
err-body-needs-credential = the body needs a `credential` object
err-issues-as = this endpoint issues as { $issuer }
err-not-a-vc = the credential is not a valid Verifiable Credential: { $detail }
err-one-of = must be one of: { $allowed }

## Accounts

err-birth-date-missing = enter your date of birth: it decides whether a parent or guardian must join in
err-birth-date-format = enter a date like 2010-04-23
err-birth-date-real = enter your real date of birth
err-verify-link = this link is invalid, used or expired; sign in to get a new one
err-reset-link = this link is invalid, used or expired; ask for a new one
err-account-disabled = this account is disabled
err-sign-in = that email and password do not match an account
err-current-password = this is not your current password
err-account-exists = an account with email { $email } already exists

## Organizations, tokens and keys

err-token-name = give the token a name of 1 to 80 characters
err-not-a-member = { $email } is not a member of { $org }
err-token-role = { $email } is a { $role } of { $org }; tokens are for administrators and staff
err-key-reason-long = keep the reason to 500 characters
err-status-lists-busy = status lists are busy; try again
err-demo-not-empty = the database already has organizations; the demo city seeds only an empty one

## Search and catalog

err-unknown-slug = is not a known slug (lower-case letters, digits and hyphens)
err-near-unknown = not a neighbourhood of this city
err-query-repeated = the query string is not valid: a parameter that takes one value was given more than once ({ $detail })
err-field-unreadable = { $field }: { $message }
err-value-empty = the value is empty: give one or leave the parameter out
err-not-a-number = '{ $value }' is not a number
err-not-a-flag = '{ $value }' is not true or false
err-values-many = at most { $max } values
err-not-a-slug = '{ $value }' is not a slug (lower-case letters, digits and hyphens)
err-date-format = use a date like 2026-03-14
err-not-a-day = not a day
err-amount-between = must be an amount between 0 and { $max }
err-nearest-needs-place = nearest needs lat and lng (or a neighbourhood's place)
err-value-not-one-of = '{ $value }' is not one of: { $allowed }
err-radius-needs-place = needs lat and lng
err-lat-lng-both = give both lat and lng
err-not-a-facet = '{ $value }' is not a facet; use: { $allowed }
err-not-a-language-code = '{ $value }' is not a language code like en or es
err-not-a-feature = '{ $value }' is not a feature name

## What every request passes (the boundary)

err-forbidden-char = { $field } contains a character that text here may not hold (U+{ $code }); remove it and try again
err-where-field = the field `{ $name }`
err-where-field-name = a field name
err-where-query-name = a query name
err-where-form-name = a form field name
err-where-address = the address
err-upload-too-large = the upload is larger than { $mib } MiB
err-upload-failed = the upload failed: { $detail }
err-form-unreadable = the form could not be read: { $detail }
err-idempotency-ascii = Idempotency-Key must be visible ASCII characters
err-not-a-verify-request = the body is not a verify request: { $detail }
err-verify-either = send either `credential` or `url`
err-verify-empty = send a credential, an image or a URL
err-verify-form-empty = choose a badge file, paste a credential or give its URL
err-body-not-json-type = the request body could not be read: send it as JSON (Content-Type: application/json)
err-body-unreadable = the request body could not be read: { $detail }
err-query-invalid = the query string is not valid: { $detail }
err-address-invalid = the address is not valid: { $detail }
err-authorization-header = the Authorization header must be 'Bearer <token>'
err-csrf = this form has expired or came from another site; reload the page and try again
err-whole-number = must be a whole number
err-unknown-locale = '{ $value }' is not a language of this platform (en, es, fr)

## How an error is answered: problem documents and error pages

# A problem document's `title`: the name of its status.
err-status = { $status ->
    [400] Bad Request
    [401] Unauthorized
    [403] Forbidden
    [404] Not Found
    [405] Method Not Allowed
    [409] Conflict
    [413] Payload Too Large
    [422] Unprocessable Entity
    [429] Too Many Requests
    [500] Internal Server Error
    [503] Service Unavailable
   *[other] Error
}
err-method-not-allowed = { $method } is not a method of this address; it has { $allowed }
err-page-not-found = We could not find that page
err-page-forbidden = This is not open to you
err-page-slow-down = Slow down a little
err-page-server = Something went wrong
err-page-other = That did not work
err-page-home = Go to the home page
err-page-browse = Browse activities
err-page-code = Error { $status }

# Enrolling
err-enroll-consent = a parent or guardian needs to approve your account before you can enroll
err-enroll-ages = this activity is for ages { $min } to { $max }
err-enroll-ages-from = this activity is for ages { $min } and up
err-enroll-ages-up-to = this activity is for ages up to { $max }
err-session-started = this session has already started
err-enrollment-completed = this activity is completed: there is nothing to cancel

err-guardian-email-missing = you are under 13: give the email address of a parent or guardian, who will approve your account
err-guardian-email-own = give your parent's or guardian's address, not your own
err-consent-link = this consent link is not valid: open it exactly as it is in the email
err-consent-closed = this request was already answered or has expired; the child can send a new one from their account page
err-guardian-sign-in = this address already has an account: sign in to answer
err-consent-other-account = this request was sent to { $email }: sign out, then sign in with that address
err-consent-not-needed = your account does not need a guardian's approval
err-award-awaiting-guardian = this person cannot receive badges until a parent or guardian approves their account
err-delete-staff = the account of an organization's or the city's staff is closed by a platform administrator: ask yours
err-unsubscribe-link = this unsubscribe link is not valid: open it exactly as it is in the email, or change your mail settings from your account page
