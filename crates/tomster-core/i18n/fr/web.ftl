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
web-strategies-count = { $count ->
    [one] Une stratégie
   *[other] { $count } stratégies
}
web-strategies-pages = Pages de la liste
web-page-of = Page { $page } sur { $pages }
web-previous = Page précédente
web-next = Page suivante
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
web-document-choose = Choisir les chapitres du document…
web-document-title = Le document du client
web-document-intro = Cochez ce que contient cet exemplaire du document de stratégie, puis choisissez son format. La stratégie elle-même ne change pas.
web-document-chapters = Chapitres
web-document-end = À la fin du document
web-document-findings = Les points qui restent à régler, en annexe
web-document-approval = La page de validation, signée par { $names }
web-document-no-approval = Pas de page de validation : ajoutez les personnes qui valident la stratégie à l'étape Ressources pour en avoir une.
web-document-sources = Les sources sont toujours listées : chaque chiffre cité par les chapitres y figure.
web-document-defaults = Ce qui est coché d'abord est le choix de la stratégie elle-même.
web-document-defaults-link = Le modifier à l'étape Ressources.
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
web-error-bad-request = Cette requête n'est pas de celles que la page sait lire : revenez en arrière et réessayez.
web-error-bad-request-title = Requête incomprise
web-error-not-found-title = Page introuvable
web-error-forbidden-title = Action non autorisée
web-error-unauthorized-title = Connexion nécessaire
web-error-too-many-title = Trop de tentatives
web-error-too-large-title = Trop volumineux
web-error-busy-title = Serveur occupé
web-error-internal-title = Erreur du serveur
web-error-home = Retour à Tomster

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
field-alert-below = Alerte sous cette part du rythme nécessaire
field-always-on = Présence permanente
field-always-on-item = Présence
field-article = Article
field-sections = Chapitres
field-findings = Points à régler, en annexe
field-approval = Validation
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
field-community-minutes-per-post = Animation de communauté, minutes par publication
field-company-size = Taille d'entreprise
field-consideration = Considération
field-contest = Jeu-concours
field-cost = Coût
field-count = Nombre de personnes
field-country = Pays (FR, GB, US...)
field-region = Région
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
field-measure = Niveau ou flux
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
field-per = Cible par période
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
field-seasonality = Profil saisonnier
field-seats = Licences
field-sector = Secteur réglementé
field-segment = Segment
field-serious-game = Jeu sérieux
field-share = Part des publications
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
field-technographics = Profil sociotechnographique
field-text = Texte
field-days = Jours de publication (aucun coché : jours ouvrés sur un réseau professionnel, tous les jours ailleurs)
field-max-posts-per-day = Publications par jour au plus sur ce réseau
field-post-on-holidays = Publier les jours fériés
field-prepared-by = Préparé par (agence ou consultant)
field-accent-colour = Couleur d'accent du document (#RRVVBB)
field-logo = Fichier du logo, pour la ligne de commande seulement (chemin depuis le dossier du fichier de stratégie) ; dans l'application web, envoyez le logo depuis la page Cible, sous Téléchargements
field-times = Heures de publication (une par ligne, HH:MM)
field-timezone = Fuseau horaire
field-tools = Outils
field-tools-item = Outil
field-topic = Sujet
field-training = Formation
field-training-item = Formation
field-unit = Unité
field-website = Site web
field-content-types = Types de contenu

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
choice-weekday-mon = lundi
choice-weekday-tue = mardi
choice-weekday-wed = mercredi
choice-weekday-thu = jeudi
choice-weekday-fri = vendredi
choice-weekday-sat = samedi
choice-weekday-sun = dimanche
web-logo-title = Logo des documents
web-logo-none = Les documents n'ont pas encore de logo.
web-logo-active = Les documents HTML et PDF portent le logo envoyé le { $since }.
web-logo-file = Fichier du logo
web-logo-help = PNG, JPEG ou SVG, 2 Mio au plus. Il figure sur la couverture des documents HTML et PDF (un fichier Markdown ne peut pas contenir d'image).
web-logo-upload = Envoyer le logo
web-logo-replace = Remplacer le logo
web-logo-remove = Retirer le logo
web-logo-empty = Choisissez un fichier avant l'envoi : rien n'a été modifié.
web-logo-too-large = Ce fichier dépasse 2 Mio : un logo de couverture en demande bien moins (exportez-le plus petit). Rien n'a été modifié.
web-logo-type = Ce fichier n'est pas une image PNG, JPEG ou SVG. Rien n'a été modifié.
web-logo-damaged = Ce fichier commence comme une image mais ne se lit pas comme telle : il est peut-être tronqué ou endommagé. Exportez-le à nouveau. Rien n'a été modifié.
web-logo-dimensions = Cette image dépasse 4 096 pixels de large ou de haut : un logo de couverture en demande bien moins (exportez-la plus petite). Rien n'a été modifié.
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

## Le compte : fuseau horaire ; l'API
web-time-zone = Fuseau horaire
web-time-zone-label = Fuseau des heures affichées
web-time-zone-browser = Le fuseau de mon navigateur
web-time-zone-help = Les dates et heures de l'historique, du logo et de l'adresse d'abonnement sont affichées dans ce fuseau. Actuellement : { $zone }.
web-time-zone-save = Enregistrer le fuseau horaire
web-time-zone-unknown = Tomster ne connaît pas ce fuseau horaire : choisissez-en un dans la liste.
web-api-json-object = Le corps doit être un objet JSON : la stratégie, telle que GET la renvoie.
web-calendar-too-large-title = Ce calendrier est trop grand pour être téléchargé d'un bloc
web-calendar-too-large = Il compte { $posts } publications, et un téléchargement en porte { $limit } au plus. Téléchargez-le une année à la fois :
web-calendar-year = L'année { $year }
web-pdf-too-long-title = Ce document est trop long pour un PDF
web-pdf-too-long = Sa mise en page prendrait des minutes et des gigaoctets : il compte des centaines de pages. Téléchargez plutôt le document HTML ; votre navigateur l'imprime en PDF.
web-form-percent-range = Indiquez un pourcentage de 0 à 100 (par exemple 40 pour 40 %). Rien n'a été enregistré.
web-form-kpi-suggested = Suggérés pour : { $kind }
web-form-kpi-other = Autres indicateurs
web-form-kpi-own = Vos propres indicateurs
choice-boolean-true = Oui
choice-boolean-false = Non
web-kpis-title = Le catalogue des indicateurs
web-kpis-intro = Ce que mesure chaque indicateur (KPI), comment il se calcule, où lire ses chiffres et la source de sa définition, par type d'objectif qu'il prouve.
web-kpis-unit = Unité
web-kpis-measured = Mesuré dans
web-kpis-source = Source
web-kpis-other-tool = un autre outil (d'analyse d'audience ou de publicité)
web-form-kpi-catalogue = Ce que mesure chaque indicateur

# Résultats : imports.
web-import-refused-title = Ce n'est pas un export que Tomster lit
web-import-invalid-title = Des lignes ont des erreurs : rien n'a été enregistré
web-import-invalid = { $count ->
    [one] Une erreur a été trouvée ; rien n'a été enregistré. Corrigez-la, ou importez avec skip_invalid=true pour garder les autres lignes.
   *[other] { $count } erreurs ont été trouvées ; rien n'a été enregistré. Corrigez-les, ou importez avec skip_invalid=true pour garder les autres lignes.
}
web-results = Résultats
web-results-title = Résultats de { $name }
web-results-intro = Faites entrer ce que les réseaux ont mesuré : importez les exports que vous téléchargez depuis Meta Business Suite, LinkedIn, X, TikTok, YouTube Studio ou Google Analytics 4, ou saisissez un chiffre qu'aucun export ne donne. Tomster reconnaît chaque fichier à son contenu, montre ce qu'il y a trouvé et l'enregistre quand vous confirmez.
web-results-upload = Importer des exports
web-results-files = Fichiers d'export (CSV, XLSX, XLS), jusqu'à { $count } à la fois, { $size } Mo chacun
web-results-drop = ou déposez les fichiers ici
web-results-skip-invalid = Garder les lignes valides d'un fichier qui a des erreurs
web-results-network = Réseau d'une série quotidienne Meta qui ne le dit pas
web-results-network-auto = Indiqué par le fichier
web-results-read = Lire les fichiers
web-results-preview = Ce que contiennent les fichiers
web-results-preview-intro = Rien n'est encore enregistré. Vérifiez ce qui a été reconnu, puis importez.
web-results-confirm = Importer
web-results-cancel = Annuler
web-results-recognised = Reconnu
web-results-account = Compte
web-results-period = Période
web-results-rows = Lignes
web-results-posts = Publications
web-results-figures = Chiffres quotidiens ou de période
web-results-warnings = À savoir
web-results-errors = Erreurs
web-results-refused = Non importé
web-results-will-skip = { $count } lignes avec des erreurs seront laissées de côté.
web-results-nothing-stored = Ce fichier a des erreurs : rien n'en sera enregistré. Cochez « Garder les lignes valides » et relisez-le pour garder les autres.
web-results-imports = Imports
web-results-none = Aucun import pour l'instant.
web-results-file = Fichier
web-results-by = Par
web-results-when = Quand
web-results-undo = Annuler l'import
web-results-added-updated = { $added } ajoutées, { $updated } mises à jour
web-results-done = { $count ->
    [one] Un fichier importé.
   *[other] { $count } fichiers importés.
}
web-results-again = { $file } avait déjà été importé ({ $date }) : rien n'a été enregistré deux fois.
web-results-undone = L'import a été annulé : ce qu'il avait ajouté a disparu, ce qu'il avait changé a retrouvé sa valeur précédente.
web-results-expired = Cet envoi n'attend plus (confirmé, annulé, ou vieux de plus d'un jour). Envoyez les fichiers à nouveau.
web-results-too-large = Un fichier dépasse { $size } Mo : importez-le par l'API ou la ligne de commande (tomster results), qui lisent des fichiers de toute taille.
web-results-too-many = Au plus { $count } fichiers à la fois.
web-results-no-file = Choisissez au moins un fichier.
web-results-type = Saisir un chiffre
web-results-type-intro = Pour ce qu'aucun export ne donne : réservations, prospects, ventes d'une caisse ou d'un CRM.
web-results-metric = Indicateur
web-results-period-kind = Sur
web-results-per-day = un jour
web-results-per-week = une semaine (à partir de ce lundi)
web-results-per-month = un mois (à partir de ce 1er)
web-results-date = Jour
web-results-value = Valeur
web-results-save-figure = Enregistrer le chiffre
web-results-figure-saved = Le chiffre a été enregistré.
web-results-monthly = Chiffres par mois
web-results-monthly-intro = Les nombres s'additionnent ; les abonnés sont la dernière valeur du mois. Quand un réseau a des séries quotidiennes, elles comptent plutôt que les totaux de ses publications.
web-results-month = Mois
web-results-line = ligne { $line }
web-results-website = Site web
web-results-figure-invalid = Le chiffre n'a pas été enregistré : indiquez un jour, un nombre, un réseau de la stratégie et un indicateur.
web-network = Réseau
web-results-gone = Cet import avait déjà été annulé.
web-results-imports-table = Les imports, du plus récent au plus ancien

# The results view (pages/progress.rs)
web-progress = Progression
web-progress-title = Progression : { $name }
web-progress-intro = Chaque objectif face à sa cible et à son rythme, le plan face à ce qui a été publié, et ce qu'il faut ajuster, d'après les chiffres importés.
web-progress-as-of = Au
web-progress-show = Afficher
web-progress-bad-date = Cette date n'a pas pu être lue : la situation du jour est affichée.
web-progress-does-not-load = La version actuelle de cette stratégie a des erreurs qui l'empêchent de se charger : corrigez-les pour lire ses résultats.
web-progress-objectives = Les objectifs au { $date }
web-progress-no-objective = La stratégie n'a pas encore d'objectif.
web-progress-week-of = semaine du { $day }
web-progress-actual = Mesuré
web-progress-expected = Attendu à ce jour
web-progress-target = Cible
web-progress-target-by = { $target } au { $deadline }
web-progress-forecast = Prévision
web-progress-forecast-value = environ { $value } (entre { $low } et { $high }), sur { $periods } périodes
web-progress-legend-actual = mesuré
web-progress-legend-expected = attendu
web-progress-chart-figures = Les chiffres du graphique
web-progress-adjust-comment = Après le constat { $code } : { $message }
web-progress-adjust-target = Revoir cette cible
web-progress-adjust-cadence = Baisser le rythme de ce réseau
web-progress-findings = Ce qu'il faut ajuster
web-progress-no-findings = Rien à ajuster : aucun constat.
web-progress-execution = Prévu et publié
web-progress-execution-intro = Publications parties sur publications prévues, par réseau, ces dernières semaines ; un point d'interrogation là où aucun import ne couvre la semaine.
web-progress-no-weeks = Aucune semaine à montrer pour l'instant.
web-progress-week-column = Semaine
web-progress-week = { $week } (à partir du { $day })
web-progress-published-of = { $published } sur { $planned }
web-progress-operations = Opérations
web-progress-operation = Opération
web-progress-planned = Prévues
web-progress-published = Parties
web-progress-execution-table = Publications par semaine et par réseau
web-progress-formats = Formats
web-progress-formats-intro = Les publications de chaque réseau par format sur les mêmes semaines, pour autant que ses exports donnent le type de chaque publication ; un point d'interrogation là où aucun import ne les couvre.
web-progress-formats-table = Publications par réseau et par format
web-progress-operations-table = Publications par opération
web-evaluate-results = Cette étape dit comment chaque objectif sera mesuré. Où en est chacun, d'après les chiffres importés :
web-evaluate-results-link = la progression des objectifs
web-progress-review = Le bilan mensuel
web-progress-review-intro = Un document pour le client sur un mois : les objectifs avec leurs graphiques, le prévu face au publié, ce qu'il faut ajuster et les décisions prises.
web-progress-review-month = Mois
web-progress-review-format = Format
web-progress-review-download = Télécharger le bilan
web-progress-review-pdf = PDF
web-progress-review-html = Page web (HTML)
web-progress-review-md = Markdown
web-overview = Objectifs par état
web-overview-title = Objectifs par état : { $name }
web-overview-intro = Tous les objectifs des stratégies de l'espace, d'après les chiffres importés, ceux qui demandent de l'attention d'abord.
web-overview-table = Les objectifs { $status }
web-overview-strategy = Stratégie
web-overview-objective = Objectif
web-overview-as-of = (au { $date }, mise à jour en cours)
web-overview-pending = En cours de lecture
web-overview-pending-intro = Les résultats de ces stratégies sont en cours de lecture : revenez dans un instant.
web-overview-no-results = Aucun résultat importé pour l'instant
web-overview-limited = Les { $count } premières stratégies par nom sont montrées.

## Envoi : le bilan mensuel et les alertes par e-mail et webhook
web-sending = Envois
web-sending-title = Envois : { $name }
web-sending-intro = Le bilan mensuel et les alertes partent d'eux-mêmes : par e-mail aux personnes indiquées, et vers vos propres outils par un webhook signé. Chaque bilan et chaque alerte est envoyé une seule fois.
web-sending-no-smtp = Aucun serveur d'e-mail n'est configuré sur ce Tomster : rien n'est envoyé par e-mail. Demandez à la personne qui l'administre d'en configurer un. Les webhooks sont envoyés quand même.
web-sending-saved = Enregistré. Le prochain bilan et les prochaines alertes suivront ces réglages.
web-sending-email-legend = Par e-mail
web-sending-recipients = Destinataires
web-sending-recipients-hint = Une adresse par ligne : l'équipe, le client. 20 au plus.
web-sending-review-day = Le bilan mensuel, envoyé pour le mois précédent
web-sending-no-review = Pas envoyé
web-sending-day = { $day ->
        [1] Le 1er
       *[other] Le { $day }
    } de chaque mois
web-sending-alerts = Envoyer une alerte quand un objectif passe en retard ou hors trajectoire, ou qu'un réseau publie moins de la moitié de son plan
web-sending-webhook-legend = Webhook
web-sending-webhook-url = Adresse
web-sending-webhook-hint = Facultatif. Chaque bilan et chaque alerte y est envoyé en JSON, signé dans l'en-tête X-Tomster-Signature (HMAC-SHA256 de l'horodatage, d'un point et du corps, avec le secret ci-dessous).
web-sending-secret = Secret :
web-sending-new-secret = Créer un nouveau secret (l'ancien ne fonctionnera plus)
web-sending-save = Enregistrer
web-sending-sends = Envois
web-sending-no-sends = Rien n'a encore été envoyé.
web-sending-kind-review = Bilan
web-sending-kind-alert = Alerte
web-sending-email = e-mail
web-sending-webhook = webhook
web-sending-sent = Envoyé le { $when }
web-sending-waiting = En attente
web-sending-retry = { $attempts ->
        [one] Échec une fois
       *[other] Échec { $attempts } fois
    }, nouvel essai le { $when }
web-sending-given-up = Abandonné après { $attempts } essais
web-sending-error = Dernière erreur : { $error }
web-sending-try-again = Réessayer
web-sending-bad-day = Choisissez un jour entre le 1er et le 28.
web-sending-too-many = { $max } destinataires au plus.
web-sending-bad-address = « { $address } » n'est pas une adresse e-mail.
web-sending-bad-webhook = Cette adresse de webhook ne peut pas être utilisée : { $why }

web-sending-webhook-not-web = l'adresse commence par https:// (ou http://) et nomme un serveur.
web-sending-webhook-not-found = { $host } est introuvable.
web-sending-webhook-private = { $host } est une adresse privée ou locale, que ce Tomster n'appelle pas.

## Les e-mails
mail-review-subject = Bilan mensuel, { $month } : { $name }
mail-review-body =
    Bonjour,

    Voici le bilan mensuel de { $name } pour { $month }, en PDF joint.

    Où en était chaque objectif à la fin du mois :
    { $objectives }

    Les résultats, objectif par objectif : { $link }

    Envoyé par Tomster.
mail-alert-objective-subject = « { $objective } » est { $status } ({ $name })
mail-alert-objective-body =
    Bonjour,

    L'objectif « { $objective } » de { $name } est désormais { $status }.

    { $reason }

    Les résultats et ce qu'il faut ajuster : { $link }

    Envoyé par Tomster.
mail-alert-network-subject = { $network } publie moins que prévu ({ $name })
mail-alert-network-body =
    Bonjour,

    { $message }

    { $advice }

    Les résultats et ce qu'il faut ajuster : { $link }

    Envoyé par Tomster.
choice-doc-summary = Synthèse
choice-doc-target = Cible
choice-doc-objectives = Objectifs
choice-doc-message = Message
choice-doc-strategy = Stratégie
choice-doc-technologies = Technologies
choice-doc-evaluate = Évaluation
choice-doc-resources = Ressources
choice-doc-recommendations = Recommandations (réseaux et KPI)
choice-doc-plan = Plan (heures et coûts)
choice-doc-calendar = Calendrier éditorial
