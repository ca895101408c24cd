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

## Libellés des champs de l'éditeur guidé : field-NOM, et field-LISTE-item pour un élément d'une liste.
field-ad-budget-per-month = Budget publicitaire par mois
field-adaptation-minutes-per-post = Minutes pour adapter un post
field-adapted-from = Adapté du réseau
field-affiliation = Affiliation
field-age = Âge
field-aida = Étape AIDA
field-alert-below = Alerte en dessous de
field-always-on = Présence permanente
field-always-on-item = Présence
field-article = Article
field-assumptions = Hypothèses d'effort
field-awareness = Découverte
field-baseline = Point de départ
field-billing = Facturation
field-blog = Blog
field-budget = Budget de la période
field-call-to-action = Appel à l'action
field-carousel = Carrousel
field-category = Catégorie
field-channels = Réseaux utilisés (un par ligne)
field-community-minutes-per-network-week = Animation de communauté, minutes par réseau et par semaine
field-company-size = Taille d'entreprise
field-consideration = Considération
field-contest = Jeu-concours
field-cost = Coût
field-count = Nombre de personnes
field-country = Pays (FR, GB, US...)
field-currency = Devise (EUR, GBP, USD...)
field-custom-kpis = Vos propres KPI
field-custom-kpis-item = KPI
field-custom-networks = Vos propres réseaux
field-custom-networks-item = Réseau
field-date = Date
field-deadline = Échéance
field-decision = Décision
field-definition = Définition
field-direction = Sens (hausse ou baisse)
field-document = Document
field-emailing = E-mailing
field-end = Fin
field-event = Événement
field-formats = Posts par semaine, par format
field-free-tier = Offre gratuite
field-gender = Genre
field-goals = Objectifs personnels (un par ligne)
field-hourly-cost = Coût horaire
field-hours-per-week = Heures par semaine
field-id = Identifiant
field-image = Image
field-industry = Secteur d'activité
field-influence = Marketing d'influence
field-key-message = Message clé
field-kind = Type
field-kpi = KPI
field-kpis = KPI suivis
field-kpis-item = KPI
field-language = Langue (fr ou en)
field-live = Direct
field-location = Lieu
field-long-video = Vidéo longue
field-max = Maximum
field-messages = Messages
field-messages-item = Message
field-metric = Métrique
field-metrics = Métriques disponibles (une par ligne)
field-milestones = Jalons
field-milestones-item = Jalon
field-min = Minimum
field-minutes-per-format = Minutes pour produire un post, par format
field-monthly-budget = Budget mensuel
field-monthly-cost = Coût mensuel
field-name = Nom
field-networks = Réseaux (un par ligne)
field-newsletter = Lettre d'information
field-objections = Objections (une par ligne)
field-objective = Objectif
field-objectives = Objectifs
field-objectives-item = Objectif
field-occupation = Profession
field-operation-hours-per-week = Heures par semaine pendant une opération
field-operations = Opérations
field-operations-item = Opération
field-organisation = Organisation
field-other = Autre
field-outsourcing = Externalisation
field-outsourcing-item = Prestataire
field-paid-social = Publicité sur les réseaux
field-pain-points = Irritants (un par ligne)
field-persona = Persona
field-personas = Personas
field-personas-item = Persona
field-pillars = Piliers de contenu
field-pillars-item = Pilier
field-plan = Offre
field-platform = Réseau
field-platforms = Réseaux choisis
field-platforms-item = Réseau
field-poll = Sondage
field-posts-per-month = Posts par mois
field-posts-per-week = Posts par semaine
field-priority = Priorité (1 en premier)
field-professional = Professionnel
field-proof-points = Preuves (une par ligne)
field-provider = Prestataire
field-questions = Questions (une par ligne)
field-rationale = Pourquoi
field-reporting-minutes-per-week = Reporting, minutes par semaine
field-resources = Ressources
field-retention = Fidélisation
field-review = Revue
field-role = Rôle
field-scope = Périmètre
field-search-ads = Publicité sur les moteurs de recherche
field-seats = Licences
field-sector = Secteur réglementé
field-segment = Segment
field-serious-game = Jeu sérieux
field-share = Part (0,4 = 40 %)
field-short-video = Vidéo courte
field-skills = Compétences (une par ligne)
field-source = Source du chiffre
field-stage = Étape
field-stage-mix = Parcours d'achat
field-start = Début
field-statement = Énoncé
field-story = Story
field-strategy = La stratégie
field-target = Cible
field-team = Équipe
field-team-item = Membre
field-technographics = Profil sociotechnographique (un par ligne)
field-text = Texte
field-times = Heures de publication (une par ligne, HH:MM)
field-timezone = Fuseau horaire
field-tools = Outils
field-tools-item = Outil
field-topic = Sujet
field-training = Formation
field-training-item = Formation
field-unit = Unité
field-website = Site web
field-content-types = Types de contenu (un par ligne)

## L'éditeur guidé
web-form-intro = Renseignez ce que vous savez ; tout est vérifié à l'enregistrement, et rien n'est enregistré tant qu'un champ manque ou est erroné.
web-form-edit-step = Modifier : { $step }
web-go-to-field = Aller au champ
web-form-add = Ajouter : { $what }
web-form-remove = Supprimer
web-form-up = Monter
web-form-down = Descendre
web-form-required = obligatoire
web-form-not-saved = Non enregistré : corrigez d'abord ces champs.
web-form-unsaved = Modifications pas encore enregistrées : enregistrez le formulaire pour les garder.
web-form-conflict = Quelqu'un a enregistré la version { $version } pendant que vous modifiiez. Vos saisies sont conservées ci-dessous ; en enregistrant à nouveau, elles s'appliquent à cette version.
web-form-as-file = Modifier plutôt toute la stratégie sous forme de fichier

## Choix de l'éditeur guidé dont le message général est tourné pour une phrase.
choice-sector-alcohol = Alcool
choice-sector-health_products = Produits de santé
choice-sector-financial_services = Services financiers
choice-sector-gambling = Jeux d'argent
choice-sector-food_for_children = Alimentation pour enfants
choice-company-size-1-10 = 1 à 10 personnes
choice-company-size-11-50 = 11 à 50 personnes
choice-company-size-51-250 = 51 à 250 personnes
choice-company-size-251-1000 = 251 à 1 000 personnes
choice-company-size-1000-plus = Plus de 1 000 personnes
choice-direction-up = Hausse : plus c'est haut, mieux c'est
choice-direction-down = Baisse : plus c'est bas, mieux c'est
choice-language-fr = Français
choice-language-en = Anglais
choice-unit-count = Nombre
choice-unit-percent = Pourcentage
choice-unit-currency = Montant
choice-unit-ratio = Ratio
choice-unit-minutes = Minutes

## Membres, invitations, le compte
web-members-last-owner = Un espace de travail garde au moins un propriétaire : nommez d'abord quelqu'un d'autre propriétaire.
web-member-role-of = Rôle de { $email }
web-member-change = Modifier
web-invite = Inviter quelqu'un
web-invite-as = En tant que
web-invite-create = Créer un lien d'invitation
web-invitation-created = Envoyez ce lien à la personne invitée ({ $role }). Il sert une seule fois, pendant sept jours, et n'est affiché qu'ici.
web-invitation-title = Invitation
web-invitation-intro = Vous êtes invité à rejoindre { $workspace } avec le rôle
web-invitation-join = Rejoindre l'espace de travail
web-invitation-new-account = Créez votre compte
web-invitation-have-account = J'ai déjà un compte : me connecter d'abord
web-invitation-sign-in-first = Un compte utilise peut-être déjà cette adresse : connectez-vous d'abord, puis rouvrez l'invitation.
web-account-title = Votre compte
web-password-change = Changer le mot de passe
web-password-current = Mot de passe actuel
web-password-new = Nouveau mot de passe
web-password-current-wrong = Le mot de passe actuel est incorrect.
web-password-change-ends-sessions = Le changer vous déconnecte partout ailleurs.
web-password-changed = Le mot de passe a été changé ; toutes les autres sessions sont terminées.
web-tokens = Jetons d'API
web-tokens-intro = Un jeton permet à un script ou à un autre outil d'utiliser l'API sur un espace de travail, avec vos droits. Envoyez-le en en-tête `Authorization: Bearer` suivi du jeton.
web-token-created = Votre nouveau jeton : copiez-le maintenant, il ne sera plus affiché.
web-token-read-only = lecture seule
web-token-revoked = révoqué
web-token-revoke = Révoquer
web-token-name = À quoi sert le jeton
web-token-name-missing = Dites à quoi sert le jeton.
web-token-workspace = Espace de travail
web-token-read-only-choice = Lecture seule : il peut lire, jamais modifier
web-token-create = Créer un jeton
web-feed-title = Abonnement au calendrier
web-feed-intro = Donnez à Google Agenda ou à Outlook une adresse secrète : le calendrier éditorial suit chaque version enregistrée.
web-feed-active = Une adresse d'abonnement existe depuis le { $since }.
web-feed-create = Créer une adresse d'abonnement
web-feed-renew = Remplacer l'adresse (l'ancienne cesse de fonctionner)
web-feed-revoke = Révoquer l'adresse
web-feed-created = Toute personne qui a cette adresse voit le calendrier : ne la donnez qu'à vos agendas. Elle n'est affichée qu'ici.
web-feed-google = Google Agenda : Autres agendas, +, À partir de l'URL, puis collez l'adresse.
web-feed-outlook = Outlook : Ajouter un calendrier, S'abonner à partir du web, puis collez l'adresse.
web-feed-back = Retour à la stratégie

## Le second facteur
web-second-factor = Validation en deux étapes
web-code = Code
web-code-intro = Votre compte demande une seconde étape : saisissez le code affiché par votre application d'authentification.
web-code-help = Six chiffres de l'application, ou l'un de vos codes de secours.
web-code-wrong = Ce code est incorrect, ou a déjà servi.
web-second-factor-is-off = Désactivée : votre mot de passe seul ouvre votre compte. Avec une application d'authentification, un mot de passe volé ne suffit plus.
web-second-factor-is-on = { $count ->
    [one] Activée. Il reste un code de secours.
   *[other] Activée. Il reste { $count } codes de secours.
}
web-second-factor-turn-on = Activer la validation en deux étapes
web-second-factor-turn-off = Désactiver la validation en deux étapes
web-second-factor-not-off = Non désactivée : le mot de passe ou le code est incorrect.
web-second-factor-step-app = Ouvrez une application d'authentification sur votre téléphone (FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator, par exemple).
web-second-factor-step-key = Ajoutez un compte avec cette clé :
web-second-factor-open-app = ou ouvrez-la dans l'application
web-second-factor-step-code = Saisissez le code à six chiffres affiché par l'application.
web-second-factor-confirm = Activer
web-second-factor-on = La validation en deux étapes est activée.
web-recovery-codes-intro = Gardez ces codes de secours en lieu sûr : chacun ouvre votre compte une fois si vous perdez votre téléphone. Ils ne sont affichés qu'ici.
web-compare-from = Comparer la version
web-compare-to = à la version
web-compare = Voir les modifications
web-download-hootsuite = Fichiers d'import Hootsuite (zip)
web-explain = Pourquoi c'est important, et que faire
web-explain-rule = Règle de cohérence
