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
web-go-to-line = Go to line { $line }
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
