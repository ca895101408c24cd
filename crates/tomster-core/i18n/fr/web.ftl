## Les pages de l'application web (crates/tomster-web).

web-skip-to-content = Aller au contenu
web-account = Compte
web-language = Langue
web-apply = Appliquer
web-logout = Se déconnecter
web-breadcrumb = Vous êtes ici
web-steps = Les sept étapes
web-create = Créer

## Premier lancement et connexion
web-setup-see-console = Aucun compte n'existe encore. Le serveur a affiché dans sa console une adresse de mise en route à usage unique : ouvrez-la pour créer le premier compte.
web-setup-title = Créer le premier compte
web-setup-intro = Ce compte sera propriétaire du premier espace de travail. Vous pourrez ensuite inviter collègues et clients.
web-setup-submit = Créer le compte
web-email = Adresse e-mail
web-email-invalid = Cette adresse e-mail semble incorrecte.
web-password = Mot de passe
web-password-confirm = Mot de passe, à nouveau
web-password-rule = Au moins 8 caractères ; une phrase dont vous vous souvenez vaut mieux qu'un mot court.
web-password-too-short = Le mot de passe doit compter au moins 8 caractères.
web-password-too-long = Le mot de passe est trop long (128 caractères au plus).
web-password-common = Ce mot de passe fait partie des premiers essayés par les attaquants : choisissez-en un autre.
web-password-mismatch = Les deux mots de passe diffèrent.
web-login-title = Connexion
web-login-submit = Se connecter
web-login-failed = L'adresse e-mail ou le mot de passe est incorrect.

## Espaces de travail
web-workspaces-title = Espaces de travail
web-workspaces-none = Vous n'appartenez encore à aucun espace de travail.
web-workspace-new = Nouvel espace de travail
web-workspace-name = Nom de l'espace de travail
web-workspace-help = Le client d'une agence, la marque d'une entreprise : chaque espace a ses stratégies et ses membres.
web-workspace-name-missing = Donnez un nom à l'espace de travail.
web-role-owner = propriétaire
web-role-editor = rédaction
web-role-viewer = lecture
web-members = Membres
web-strategies = Stratégies
web-strategies-none = Aucune stratégie pour l'instant : commencez-en une ci-dessous.
web-strategy-new = Nouvelle stratégie
web-from-scratch = Partir de zéro
web-strategy-name = Nom de la stratégie
web-untitled = Stratégie sans titre
web-from-example = Partir d'un exemple
web-example = Exemple
web-from-file = Partir d'un fichier
web-file = Fichier de stratégie (TOML)
web-file-help = Un fichier écrit avec la ligne de commande de Tomster ou un autre serveur Tomster, { $megabytes } Mo au plus.
web-upload = Envoyer
web-upload-refused = Le fichier n'a pas été enregistré : il ne se charge pas.

## Une stratégie
web-version-number = version { $version }
web-edit = Modifier
web-history = Historique
web-coherence = Cohérence
web-step-no-diagnostic = Rien à signaler à cette étape.
web-go-to-line = Aller à la ligne { $line }
web-other-steps-diagnostics = { $count ->
    [one] Une autre remarque concerne d'autres étapes.
   *[other] { $count } autres remarques concernent d'autres étapes.
}
web-count-errors = { $count ->
    [one] 1 erreur
   *[other] { $count } erreurs
}
web-count-warnings = { $count ->
    [one] 1 avertissement
   *[other] { $count } avertissements
}
web-help = Aide pour cette étape
web-downloads = Téléchargements
web-download-pdf = Document de stratégie (PDF)
web-download-html = Document de stratégie (page web)
web-download-md = Document de stratégie (Markdown)
web-download-ics = Calendrier éditorial (iCalendar)
web-download-csv = Calendrier éditorial (tableur)
web-download-metricool = Fichier d'import Metricool
web-download-toml = Fichier de stratégie (TOML)
web-download-json = Données de la stratégie (JSON)

## Modification, versions
web-edit-title = Modifier { $name }
web-edit-heading = Modifier la stratégie
web-source = La stratégie, en fichier Tomster
web-source-help = Chaque enregistrement crée une version ; rien n'est perdu. Le contrôle de cohérence se met à jour pendant la saisie.
web-comment = Ce qui change (facultatif)
web-save = Enregistrer une nouvelle version
web-load-errors = Le texte ne se charge pas, il n'a donc pas été enregistré :
web-line = ligne { $line }
web-line-word = ligne
web-column = colonne { $column }
web-live-checked = Vérifié : {"{"}count{"}"} remarques
web-conflict = Quelqu'un a enregistré la version { $version } pendant que vous modifiiez. Votre texte est conservé ci-dessous : comparez-le au sien, puis enregistrez à nouveau.
web-conflict-theirs = Version { $version }, enregistrée entre-temps
web-version-created = Création
web-version-uploaded = Envoi d'un fichier
web-version-restored = Retour à la version { $version }
web-history-title = Historique de { $name }
web-version = Version
web-author = Auteur
web-date = Date
web-actions = Actions
web-changes = Modifications
web-restore = Restaurer
web-diff-title = Modifications entre deux versions
web-diff-from = de la version { $from }
web-diff-to = à la version { $to }
web-diff-none = Aucune différence.
web-diff-unreadable = L'une des deux versions ne se charge plus : les modifications ne peuvent pas être listées.

## Erreurs
web-error-not-found = Cette page n'existe pas, ou vous n'y avez pas accès.
web-error-forbidden = Vous ne pouvez pas faire cela ici.
web-error-unauthorized = Connectez-vous d'abord.
web-error-too-many = Trop de tentatives : attendez un quart d'heure et réessayez.
web-error-too-large = La requête est trop volumineuse.
web-error-busy = C'était trop long : le serveur est occupé. Réessayez dans un instant.
web-error-internal = Un problème est survenu sur le serveur. Il a été consigné.

## Les exemples proposés pour une nouvelle stratégie
example-boulangerie = Une boulangerie de quartier (commerce local, en français)
example-domaine-viticole = Un domaine viticole qui vend aux particuliers et aux restaurants (secteur réglementé, en français)
example-mediatheque = Une médiathèque qui s'adresse aux adolescents et aux seniors (en français)
example-b2b-saas = Un éditeur de logiciel B2B qui vend aux entreprises de logistique (en anglais)
example-hr-saas = Une start-up de logiciel RH qui vend aux PME britanniques (en anglais)
