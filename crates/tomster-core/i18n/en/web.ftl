## The web application's pages (crates/tomster-web).

web-skip-to-content = Skip to the content
web-account = Account
web-language = Language
web-apply = Apply
web-logout = Sign out
web-breadcrumb = You are here
web-steps = The seven steps
web-create = Create

## First run and sign-in
web-setup-see-console = No account exists yet. The server printed a one-time setup address on its console: open it to create the first account.
web-setup-title = Create the first account
web-setup-intro = This account will own the first workspace. You can invite colleagues and clients afterwards.
web-setup-submit = Create the account
web-email = Email
web-email-invalid = This email address does not look right.
web-password = Password
web-password-confirm = Password again
web-password-rule = At least 8 characters; a sentence you remember is better than a short word.
web-password-too-short = The password needs at least 8 characters.
web-password-too-long = The password is too long (128 characters at most).
web-password-common = This password is among the first ones attackers try: choose another.
web-password-mismatch = The two passwords differ.
web-login-title = Sign in
web-login-submit = Sign in
web-login-failed = The email or the password is wrong.

## Workspaces
web-workspaces-title = Workspaces
web-workspaces-none = You belong to no workspace yet.
web-workspace-new = New workspace
web-workspace-name = Workspace name
web-workspace-help = An agency's client, a company's brand: each workspace has its own strategies and members.
web-workspace-name-missing = Give the workspace a name.
web-role-owner = owner
web-role-editor = editor
web-role-viewer = viewer
web-members = Members
web-strategies = Strategies
web-strategies-none = No strategy yet: start one below.
web-strategy-new = New strategy
web-from-scratch = From scratch
web-strategy-name = Strategy name
web-untitled = Untitled strategy
web-from-example = From an example
web-example = Example
web-from-file = From a file
web-file = Strategy file (TOML)
web-file-help = A file written with Tomster's command line or another Tomster server, { $megabytes } MB at most.
web-upload = Upload
web-upload-refused = The file was not stored: it does not load.

## A strategy
web-version-number = version { $version }
web-edit = Edit
web-history = History
web-coherence = Coherence
web-step-no-diagnostic = Nothing to report at this step.
web-other-steps-diagnostics = { $count ->
    [one] One more finding concerns other steps.
   *[other] { $count } more findings concern other steps.
}
web-count-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
web-count-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
web-help = Help for this step
web-downloads = Downloads
web-download-pdf = Strategy document (PDF)
web-download-html = Strategy document (web page)
web-download-md = Strategy document (Markdown)
web-download-ics = Editorial calendar (iCalendar)
web-download-csv = Editorial calendar (spreadsheet)
web-download-metricool = Metricool import file
web-download-toml = Strategy file (TOML)
web-download-json = Strategy data (JSON)

## Editing, versions
web-edit-title = Edit { $name }
web-edit-heading = Edit the strategy
web-source = The strategy, as a Tomster file
web-source-help = Each save is a new version; nothing is lost. The coherence check updates as you type.
web-comment = What changed (optional)
web-save = Save a new version
web-load-errors = The text does not load, so it was not saved:
web-line = line { $line }
web-line-word = line
web-column = column { $column }
web-live-checked = Checked: {"{"}count{"}"} findings
web-conflict = Someone saved version { $version } while you were editing. Your text is kept below: compare it with theirs, then save again.
web-conflict-theirs = Version { $version }, saved meanwhile
web-version-created = Created
web-version-uploaded = Uploaded from a file
web-version-restored = Version { $version } restored
web-history-title = History of { $name }
web-version = Version
web-author = Author
web-date = Date
web-actions = Actions
web-changes = Changes
web-restore = Restore
web-diff-title = Changes between two versions
web-diff-from = from version { $from }
web-diff-to = to version { $to }
web-diff-none = No difference.
web-diff-unreadable = One of the two versions no longer loads, so the changes cannot be listed.

## Errors
web-error-not-found = This page does not exist, or you do not have access to it.
web-error-forbidden = You cannot do this here.
web-error-unauthorized = Sign in first.
web-error-too-many = Too many attempts: wait a quarter of an hour and try again.
web-error-too-large = The request is too large.
web-error-busy = This took too long: the server is busy. Try again in a moment.
web-error-internal = Something went wrong on the server. It has been logged.

## The examples offered for a new strategy
example-boulangerie = A neighbourhood bakery (local business, in French)
example-domaine-viticole = A wine estate selling to consumers and restaurants (regulated sector, in French)
example-mediatheque = A public library reaching teenagers and seniors (in French)
example-b2b-saas = A B2B software company selling to logistics firms (in English)
example-hr-saas = An HR software start-up selling to UK SMEs (in English)

## Field labels of the guided editor: field-NAME, and field-LIST-item for one element of a list.
field-ad-budget-per-month = Ad budget per month
field-adaptation-minutes-per-post = Minutes to adapt a post
field-adapted-from = Adapted from the network
field-affiliation = Affiliation
field-age = Age
field-aida = AIDA step
field-alert-below = Alert below
field-always-on = Always-on presence
field-always-on-item = Presence
field-article = Article
field-assumptions = Effort assumptions
field-awareness = Awareness
field-baseline = Baseline
field-billing = Billing
field-blog = Blog
field-budget = Budget for the period
field-call-to-action = Call to action
field-carousel = Carousel
field-category = Category
field-channels = Networks used (one per line)
field-community-minutes-per-network-week = Community management, minutes per network per week
field-company-size = Company size
field-consideration = Consideration
field-contest = Contest
field-cost = Cost
field-count = Number of people
field-country = Country (FR, GB, US...)
field-currency = Currency (EUR, GBP, USD...)
field-custom-kpis = Your own KPIs
field-custom-kpis-item = KPI
field-custom-networks = Your own networks
field-custom-networks-item = Network
field-date = Date
field-deadline = Deadline
field-decision = Decision
field-definition = Definition
field-direction = Direction (up or down)
field-document = Document
field-emailing = Emailing
field-end = End
field-event = Event
field-formats = Posts per week by format
field-free-tier = Free tier
field-gender = Gender
field-goals = Personal goals (one per line)
field-hourly-cost = Cost per hour
field-hours-per-week = Hours per week
field-id = Identifier
field-image = Image
field-industry = Industry
field-influence = Influencer marketing
field-key-message = Key message
field-kind = Kind
field-kpi = KPI
field-kpis = KPIs followed
field-kpis-item = KPI
field-language = Language (fr or en)
field-live = Live
field-location = Location
field-long-video = Long video
field-max = Maximum
field-messages = Messages
field-messages-item = Message
field-metric = Metric
field-metrics = Metrics reported (one per line)
field-milestones = Milestones
field-milestones-item = Milestone
field-min = Minimum
field-minutes-per-format = Minutes to produce a post, by format
field-monthly-budget = Budget per month
field-monthly-cost = Cost per month
field-name = Name
field-networks = Networks (one per line)
field-newsletter = Newsletter
field-objections = Objections (one per line)
field-objective = Objective
field-objectives = Objectives
field-objectives-item = Objective
field-occupation = Occupation
field-operation-hours-per-week = Hours per week during an operation
field-operations = Operations
field-operations-item = Operation
field-organisation = Organisation
field-other = Other
field-outsourcing = Outsourcing
field-outsourcing-item = Provider
field-paid-social = Paid social
field-pain-points = Pain points (one per line)
field-persona = Persona
field-personas = Personas
field-personas-item = Persona
field-pillars = Content pillars
field-pillars-item = Pillar
field-plan = Plan
field-platform = Network
field-platforms = Networks chosen
field-platforms-item = Network
field-poll = Poll
field-posts-per-month = Posts per month
field-posts-per-week = Posts per week
field-priority = Priority (1 first)
field-professional = Professional
field-proof-points = Proof points (one per line)
field-provider = Provider
field-questions = Questions (one per line)
field-rationale = Why
field-reporting-minutes-per-week = Reporting, minutes per week
field-resources = Resources
field-retention = Retention
field-review = Review
field-role = Role
field-scope = Scope
field-search-ads = Search ads
field-seats = Seats
field-sector = Regulated sector
field-segment = Segment
field-serious-game = Serious game
field-share = Share (0.4 = 40 %)
field-short-video = Short video
field-skills = Skills (one per line)
field-source = Where the figure comes from
field-stage = Stage
field-stage-mix = Buyer's journey
field-start = Start
field-statement = Statement
field-story = Story
field-strategy = The strategy
field-target = Target
field-team = Team
field-team-item = Member
field-technographics = Technographic profile (one per line)
field-text = Text
field-times = Posting times (one per line, HH:MM)
field-timezone = Time zone
field-tools = Tools
field-tools-item = Tool
field-topic = Topic
field-training = Training
field-training-item = Training
field-unit = Unit
field-website = Website
field-content-types = Content types (one per line)

## The guided editor
web-form-intro = Fill in what you know; everything is checked when you save, and nothing is saved while something is missing or wrong.
web-form-edit-step = Edit { $step }
web-go-to-field = Go to the field
web-form-add = Add: { $what }
web-form-remove = Remove
web-form-up = Move up
web-form-down = Move down
web-form-required = required
web-form-not-saved = Not saved: correct these fields first.
web-form-unsaved = Changes not saved yet: save the form to keep them.
web-form-conflict = Someone saved version { $version } while you were editing. Your entries are kept below; saving again puts them on top of that version.
web-form-as-file = Edit the whole strategy as a file instead

## Choices of the guided editor whose general message is phrased for a sentence.
choice-sector-alcohol = Alcohol
choice-sector-health_products = Health products
choice-sector-financial_services = Financial services
choice-sector-gambling = Gambling
choice-sector-food_for_children = Food for children
choice-company-size-1-10 = 1 to 10 people
choice-company-size-11-50 = 11 to 50 people
choice-company-size-51-250 = 51 to 250 people
choice-company-size-251-1000 = 251 to 1,000 people
choice-company-size-1000-plus = More than 1,000 people
choice-direction-up = Up: higher is better
choice-direction-down = Down: lower is better
choice-language-fr = French
choice-language-en = English
choice-unit-count = Count
choice-unit-percent = Percent
choice-unit-currency = Money
choice-unit-ratio = Ratio
choice-unit-minutes = Minutes

## Members, invitations, the account
web-members-last-owner = A workspace keeps at least one owner: make someone else owner first.
web-member-role-of = Role of { $email }
web-member-change = Change
web-invite = Invite someone
web-invite-as = As
web-invite-create = Create an invitation link
web-invitation-created = Send this link to the person you invite ({ $role }). It works once, for seven days, and is shown only now.
web-invitation-title = Invitation
web-invitation-intro = You are invited to join { $workspace } as
web-invitation-join = Join the workspace
web-invitation-new-account = Create your account
web-invitation-have-account = I already have an account: sign in first
web-invitation-sign-in-first = An account may already use this address: sign in first, then open the invitation again.
web-account-title = Your account
web-password-change = Change the password
web-password-current = Current password
web-password-new = New password
web-password-current-wrong = The current password is wrong.
web-password-change-ends-sessions = Changing it signs you out everywhere else.
web-password-changed = The password was changed; every other session has ended.
web-tokens = API tokens
web-tokens-intro = A token lets a script or another tool use the API on one workspace, with your rights there. Send it as `Authorization: Bearer` followed by the token.
web-token-created = Your new token: copy it now, it will not be shown again.
web-token-read-only = read only
web-token-revoked = revoked
web-token-revoke = Revoke
web-token-name = What the token is for
web-token-name-missing = Say what the token is for.
web-token-workspace = Workspace
web-token-read-only-choice = Read only: it can read, never change
web-token-create = Create a token
web-feed-title = Calendar subscription
web-feed-intro = Give Google Calendar or Outlook a secret address, and the editorial calendar follows every saved version.
web-feed-active = A subscription address exists since { $since }.
web-feed-create = Create a subscription address
web-feed-renew = Replace the address (the old one stops)
web-feed-revoke = Revoke the address
web-feed-created = Anyone with this address sees the calendar: give it only to calendar applications. It is shown only now.
web-feed-google = Google Calendar: Other calendars, +, From URL, then paste the address.
web-feed-outlook = Outlook: Add calendar, Subscribe from web, then paste the address.
web-feed-back = Back to the strategy

## The second factor
web-second-factor = Two-step verification
web-code = Code
web-code-intro = Your account asks for a second step: enter the code your authenticator app shows.
web-code-help = Six digits from the app, or one of your recovery codes.
web-code-wrong = This code is not right, or was already used.
web-second-factor-is-off = Off: your password alone opens your account. With an authenticator app, a stolen password is not enough.
web-second-factor-is-on = { $count ->
    [one] On. One recovery code is left.
   *[other] On. { $count } recovery codes are left.
}
web-second-factor-turn-on = Turn on two-step verification
web-second-factor-turn-off = Turn off two-step verification
web-second-factor-not-off = Not turned off: the password or the code is not right.
web-second-factor-step-app = Open an authenticator app on your phone (such as FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).
web-second-factor-step-key = Add an account with this key:
web-second-factor-open-app = or open it in the app
web-second-factor-step-code = Enter the six-digit code the app shows.
web-second-factor-confirm = Turn it on
web-second-factor-on = Two-step verification is on.
web-recovery-codes-intro = Keep these recovery codes somewhere safe: each opens your account once if you lose your phone. They are shown only now.
web-compare-from = Compare version
web-compare-to = with version
web-compare = Show the changes
web-download-hootsuite = Hootsuite bulk files (zip)
web-explain = Why this matters, and what to do
web-explain-rule = Coherence rule
