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
web-strategies-count = { $count ->
    [one] One strategy
   *[other] { $count } strategies
}
web-strategies-pages = Pages of the list
web-page-of = Page { $page } of { $pages }
web-previous = Previous page
web-next = Next page
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
web-document-choose = Choose the document's chapters…
web-document-title = The client's document
web-document-intro = Tick what this copy of the strategy document holds, then choose its format. The strategy itself is not changed.
web-document-chapters = Chapters
web-document-end = At the end of the document
web-document-findings = The points still to settle, in an appendix
web-document-approval = The approval page, signed by { $names }
web-document-no-approval = No approval page: add the people who sign the strategy off in the Resources step to get one.
web-document-sources = The sources are always listed: every figure the chapters cite is there.
web-document-defaults = What is ticked first is the strategy's own choice.
web-document-defaults-link = Change it in the Resources step.
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
web-error-bad-request = This request is not one the page can read: go back and try again.
web-error-bad-request-title = Request not understood
web-error-not-found-title = Page not found
web-error-forbidden-title = Not allowed
web-error-unauthorized-title = Sign in first
web-error-too-many-title = Too many attempts
web-error-too-large-title = Too large
web-error-busy-title = Server busy
web-error-internal-title = Server error
web-error-home = Back to Tomster

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
field-alert-below = Alert below this share of the needed pace
field-always-on = Always-on presence
field-always-on-item = Presence
field-article = Article
field-sections = Chapters
field-findings = Points to settle, in an appendix
field-approval = Approval
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
field-community-minutes-per-post = Community management, minutes per post
field-company-size = Company size
field-consideration = Consideration
field-contest = Contest
field-cost = Cost
field-count = Number of people
field-country = Country (FR, GB, US...)
field-region = Region
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
field-measure = Level or flow
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
field-per = Target per period
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
field-seasonality = Seasonal profile
field-seats = Seats
field-sector = Regulated sector
field-segment = Segment
field-serious-game = Serious game
field-share = Share of the posts
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
field-technographics = Technographic profile
field-text = Text
field-days = Posting days (none ticked: working days on a professional network, every day elsewhere)
field-max-posts-per-day = Most posts a day on this network
field-post-on-holidays = Post on public holidays
field-prepared-by = Prepared by (agency or consultant)
field-accent-colour = Accent colour of the document (#RRGGBB)
field-logo = Logo file, for the command line only (a path from the strategy file's folder); in the web application, upload the logo on the Target page, under Downloads
field-times = Posting times (one per line, HH:MM)
field-timezone = Time zone
field-tools = Tools
field-tools-item = Tool
field-topic = Topic
field-training = Training
field-training-item = Training
field-unit = Unit
field-website = Website
field-content-types = Content types

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
choice-weekday-mon = Monday
choice-weekday-tue = Tuesday
choice-weekday-wed = Wednesday
choice-weekday-thu = Thursday
choice-weekday-fri = Friday
choice-weekday-sat = Saturday
choice-weekday-sun = Sunday
web-logo-title = Logo on the documents
web-logo-none = The documents have no logo yet.
web-logo-active = The HTML and PDF documents carry the logo uploaded on { $since }.
web-logo-file = Logo file
web-logo-help = PNG, JPEG or SVG, 2 MiB at most. It goes on the cover of the HTML and PDF documents (a Markdown file cannot carry images).
web-logo-upload = Upload the logo
web-logo-replace = Replace the logo
web-logo-remove = Remove the logo
web-logo-empty = Choose a file before uploading: nothing was changed.
web-logo-too-large = This file is over 2 MiB: a cover logo needs far less (export it smaller). Nothing was changed.
web-logo-type = This file is not a PNG, JPEG or SVG image. Nothing was changed.
web-logo-damaged = This file starts as an image but does not read as one: it may be cut short or damaged. Export it again. Nothing was changed.
web-logo-dimensions = This image is over 4,096 pixels wide or tall: a cover logo needs far less (export it smaller). Nothing was changed.
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

## Account: time zone; the API
web-time-zone = Time zone
web-time-zone-label = Show times in
web-time-zone-browser = My browser's time zone
web-time-zone-help = Dates and times of the history, the logo and the calendar address are shown in this zone. Now: { $zone }.
web-time-zone-save = Save the time zone
web-time-zone-unknown = This time zone is not one Tomster knows: choose one from the list.
web-api-json-object = The body must be a JSON object: the strategy, as GET returns it.
web-calendar-too-large-title = This calendar is too large to download whole
web-calendar-too-large = It holds { $posts } posts, and a download carries { $limit } at most. Download it a year at a time:
web-calendar-year = The year { $year }
web-pdf-too-long-title = This document is too long for a PDF
web-pdf-too-long = Typesetting it would take minutes and gigabytes: it runs to hundreds of pages. Download the HTML document instead; your browser prints it to PDF.
web-form-percent-range = Enter a percentage from 0 to 100 (for example 40 for 40 %). Nothing was saved.
web-form-kpi-suggested = Suggested for { $kind }
web-form-kpi-other = Other KPIs
web-form-kpi-own = Your own KPIs
choice-boolean-true = Yes
choice-boolean-false = No
web-kpis-title = The KPI catalogue
web-kpis-intro = What each KPI measures, how it is computed, where its figures are read and the source of its definition, grouped by the kind of objective it proves.
web-kpis-unit = Unit
web-kpis-measured = Measured in
web-kpis-source = Source
web-kpis-other-tool = another tool (an analytics or advertising tool)
web-form-kpi-catalogue = What each KPI measures

# Results: imports.
web-import-refused-title = Not an export Tomster reads
web-import-invalid-title = Rows with errors: nothing stored
web-import-invalid = { $count ->
    [one] One error was found; nothing was stored. Fix it, or import with skip_invalid=true to keep the other rows.
   *[other] { $count } errors were found; nothing was stored. Fix them, or import with skip_invalid=true to keep the other rows.
}
web-results = Results
web-results-title = Results of { $name }
web-results-intro = Bring in what the networks measured: upload the exports you download from Meta Business Suite, LinkedIn, X, TikTok, YouTube Studio or Google Analytics 4, or type a figure no export gives. Tomster recognises each file by its content, shows what it found, and stores it when you confirm.
web-results-upload = Import exports
web-results-files = Export files (CSV, XLSX, XLS), up to { $count } at once, { $size } MB each
web-results-drop = or drop the files here
web-results-skip-invalid = Keep the good rows of a file that has errors
web-results-network = Network of a Meta daily series that does not say
web-results-network-auto = Told by the file
web-results-read = Read the files
web-results-preview = What the files hold
web-results-preview-intro = Nothing is stored yet. Check what was recognised, then import.
web-results-confirm = Import
web-results-cancel = Cancel
web-results-recognised = Recognised
web-results-account = Account
web-results-period = Period
web-results-rows = Rows
web-results-posts = Posts
web-results-figures = Daily or period figures
web-results-warnings = To know
web-results-errors = Errors
web-results-refused = Not imported
web-results-will-skip = { $count } rows with errors will be left out.
web-results-nothing-stored = This file has errors: nothing of it will be stored. Tick "Keep the good rows" and read it again to keep the others.
web-results-imports = Imports
web-results-none = No import yet.
web-results-file = File
web-results-by = By
web-results-when = When
web-results-undo = Undo
web-results-added-updated = { $added } added, { $updated } updated
web-results-done = { $count ->
    [one] One file imported.
   *[other] { $count } files imported.
}
web-results-again = { $file } was imported already ({ $date }): nothing stored twice.
web-results-undone = The import was undone: what it added is gone, what it changed has its earlier value.
web-results-expired = This upload is no longer waiting (confirmed, cancelled, or older than a day). Upload the files again.
web-results-too-large = A file is larger than { $size } MB: import it through the API or the command line (tomster results), which stream files of any size.
web-results-too-many = At most { $count } files at once.
web-results-no-file = Choose at least one file.
web-results-type = Type a figure
web-results-type-intro = For what no export gives: bookings, leads, sales from a till or a CRM.
web-results-metric = Metric
web-results-period-kind = Over
web-results-per-day = a day
web-results-per-week = a week (from this Monday)
web-results-per-month = a month (from this 1st)
web-results-date = Day
web-results-value = Value
web-results-save-figure = Save the figure
web-results-figure-saved = The figure was saved.
web-results-monthly = Figures per month
web-results-monthly-intro = Counts add up; followers are the month's last value. Where a network's daily series exist, they count rather than its posts' totals.
web-results-month = Month
web-results-line = line { $line }
web-results-website = Website
web-results-figure-invalid = The figure was not saved: give a day, a number, a network of the strategy and a metric.
web-network = Network
web-results-gone = This import was undone already.
web-results-imports-table = The imports, the latest first

# The results view (pages/progress.rs)
web-progress = Progress
web-progress-title = Progress: { $name }
web-progress-intro = Each objective against its target and its pace, the plan against what was published, and what to adjust, read from the imported figures.
web-progress-as-of = As of
web-progress-show = Show
web-progress-bad-date = That date could not be read: today is shown.
web-progress-does-not-load = The current version of this strategy has errors that stop it from loading: fix them to read its results.
web-progress-objectives = The objectives on { $date }
web-progress-no-objective = The strategy has no objective yet.
web-progress-week-of = week of { $day }
web-progress-actual = Measured
web-progress-expected = Expected by now
web-progress-target = Target
web-progress-target-by = { $target } by { $deadline }
web-progress-forecast = Forecast
web-progress-forecast-value = about { $value } (between { $low } and { $high }), from { $periods } periods
web-progress-legend-actual = measured
web-progress-legend-expected = expected
web-progress-chart-figures = The chart's figures
web-progress-adjust-comment = After finding { $code }: { $message }
web-progress-adjust-target = Revise this target
web-progress-adjust-cadence = Lower this network's cadence
web-progress-findings = What to adjust
web-progress-no-findings = Nothing to adjust: no finding.
web-progress-execution = Plan against published
web-progress-execution-intro = Posts published out of posts planned, per network, over the last weeks; a question mark where no import covers the week.
web-progress-no-weeks = No week to show yet.
web-progress-week-column = Week
web-progress-week = { $week } (from { $day })
web-progress-published-of = { $published } of { $planned }
web-progress-operations = Operations
web-progress-operation = Operation
web-progress-planned = Planned
web-progress-published = Published
web-progress-execution-table = Posts per week and network
web-progress-formats = Formats
web-progress-formats-intro = Each network's posts by format over the same weeks, as far as its exports give each post's type; a question mark where no import covers them.
web-progress-formats-table = Posts per network and format
web-progress-operations-table = Posts per operation
web-evaluate-results = This step says how each objective will be measured. How each is doing, read from the figures imported:
web-evaluate-results-link = the progress of the objectives
web-progress-review = The monthly review
web-progress-review-intro = A document for the client about one month: the objectives with their charts, the plan against what was published, what to adjust and the decisions taken.
web-progress-review-month = Month
web-progress-review-format = Format
web-progress-review-download = Download the review
web-progress-review-pdf = PDF
web-progress-review-html = Web page (HTML)
web-progress-review-md = Markdown
web-overview = Objectives by status
web-overview-title = Objectives by status: { $name }
web-overview-intro = Every objective of the workspace's strategies, read from the figures imported, the ones needing attention first.
web-overview-table = The objectives { $status }
web-overview-strategy = Strategy
web-overview-objective = Objective
web-overview-as-of = (as of { $date }, being updated)
web-overview-pending = Being read
web-overview-pending-intro = These strategies' results are being read: come back in a moment.
web-overview-no-results = No results imported yet
web-overview-limited = The first { $count } strategies by name are shown.

## Sending: the monthly review and the alerts by email and webhook
web-sending = Sending
web-sending-title = Sending: { $name }
web-sending-intro = The monthly review and the alerts go out by themselves: by email to the people listed, and to your own tools through a signed webhook. Each review and each alert is sent once.
web-sending-no-smtp = No email server is configured on this Tomster: nothing is sent by email. Ask the person who runs it to set one up. Webhooks are sent all the same.
web-sending-saved = Saved. The next review and alerts will follow these settings.
web-sending-email-legend = By email
web-sending-recipients = Recipients
web-sending-recipients-hint = One address per line: the team, the client. At most 20.
web-sending-review-day = The monthly review, sent for the month before
web-sending-no-review = Not sent
web-sending-day = { $day ->
        [1] On the 1st
        [2] On the 2nd
        [3] On the 3rd
        [21] On the 21st
        [22] On the 22nd
        [23] On the 23rd
       *[other] On the { $day }th
    } of each month
web-sending-alerts = Send an alert when an objective turns at risk or off track, or a network falls under half its plan
web-sending-webhook-legend = Webhook
web-sending-webhook-url = Address
web-sending-webhook-hint = Optional. Each review and alert is sent there as JSON, signed in the X-Tomster-Signature header (HMAC-SHA256 of the timestamp, a dot and the body, with the secret below).
web-sending-secret = Secret:
web-sending-new-secret = Make a new secret (the old one stops working)
web-sending-save = Save
web-sending-sends = Sends
web-sending-no-sends = Nothing sent yet.
web-sending-kind-review = Review
web-sending-kind-alert = Alert
web-sending-email = email
web-sending-webhook = webhook
web-sending-sent = Sent on { $when }
web-sending-waiting = Waiting
web-sending-retry = { $attempts ->
        [one] Failed once
       *[other] Failed { $attempts } times
    }, next try on { $when }
web-sending-given-up = Given up after { $attempts } attempts
web-sending-error = Last error: { $error }
web-sending-try-again = Try again
web-sending-bad-day = Choose a day between the 1st and the 28th.
web-sending-too-many = At most { $max } recipients.
web-sending-bad-address = “{ $address }” is not an email address.
web-sending-bad-webhook = This webhook address cannot be used: { $why }

web-sending-webhook-not-web = the address starts with https:// (or http://) and names a server.
web-sending-webhook-not-found = { $host } is not found.
web-sending-webhook-private = { $host } is a private or local address, which this Tomster does not call.

## The emails
mail-review-subject = Monthly review, { $month }: { $name }
mail-review-body =
    Hello,

    Here is the monthly review of { $name } for { $month }, attached as a PDF.

    Where each objective stood at the end of the month:
    { $objectives }

    The results, objective by objective: { $link }

    Sent by Tomster.
mail-alert-objective-subject = “{ $objective }” is { $status } ({ $name })
mail-alert-objective-body =
    Hello,

    The objective “{ $objective }” of { $name } is now { $status }.

    { $reason }

    The results and what to adjust: { $link }

    Sent by Tomster.
mail-alert-network-subject = { $network } is publishing under its plan ({ $name })
mail-alert-network-body =
    Hello,

    { $message }

    { $advice }

    The results and what to adjust: { $link }

    Sent by Tomster.
choice-doc-summary = Summary
choice-doc-target = Target
choice-doc-objectives = Objectives
choice-doc-message = Message
choice-doc-strategy = Strategy
choice-doc-technologies = Technologies
choice-doc-evaluate = Evaluate
choice-doc-resources = Resources
choice-doc-recommendations = Recommendations (networks and KPIs)
choice-doc-plan = Plan (hours and costs)
choice-doc-calendar = Editorial calendar
