# Résultats : l'import des exports statistiques des réseaux.

import-format-instagram_posts = Publications Instagram (Meta Business Suite)
import-format-facebook_posts = Publications de Page Facebook (Meta Business Suite)
import-format-meta_daily = Série quotidienne de Meta Business Suite
import-format-facebook_insights_posts = Export des publications de Facebook Insights (ancien format)
import-format-facebook_insights_page = Export de Page de Facebook Insights (ancien format)
import-format-x_tweet_activity = Activité des tweets X (ancien format)
import-format-x_daily_activity = Activité quotidienne X (ancien format)
import-format-x_content = Statistiques du compte X : publications
import-format-x_overview = Statistiques du compte X : vue d'ensemble
import-format-tiktok_overview = TikTok : vue d'ensemble
import-format-tiktok_followers = TikTok : abonnés
import-format-tiktok_viewers = TikTok : spectateurs
import-format-tiktok_content = TikTok : contenus
import-format-youtube_table = YouTube Studio : données du tableau
import-format-youtube_totals = YouTube Studio : totaux
import-format-linkedin_posts = Page LinkedIn : publications
import-format-linkedin_metrics = Page LinkedIn : indicateurs
import-format-linkedin_followers = Page LinkedIn : nouveaux abonnés
import-format-linkedin_visitors = Page LinkedIn : visiteurs
import-format-ga4 = Rapport Google Analytics 4
import-format-long_csv = Chiffres en colonnes (date, réseau, indicateur, valeur)

import-refused-empty = Le fichier est vide.
import-refused-archive = C'est une archive (zip, gzip, 7z ou rar), pas un export. Décompressez-la et importez les fichiers CSV ou Excel qu'elle contient.
import-refused-image = C'est une image, pas un export. Téléchargez les chiffres en CSV ou Excel depuis la page de statistiques du réseau.
import-refused-pdf = C'est un PDF, qui ne contient aucun tableau que Tomster sache lire. Téléchargez le même rapport en CSV ou Excel.
import-refused-binary = Ce fichier n'est ni du texte ni un tableur que Tomster lit. Exportez les chiffres en CSV ou Excel.
import-refused-not-a-table = Ce fichier ne contient pas de tableau (il ressemble à une page web ou à du JSON). Exportez les chiffres en CSV ou Excel.
import-refused-unreadable = Le fichier n'a pas pu être lu : { $reason }.
import-refused-too-large = Le fichier dépasse { $limit } Mo, le maximum que Tomster importe en une fois. Exportez une période plus courte.
import-refused-spreadsheet-too-large = Ce tableur dépasse { $limit } Mo, le maximum que Tomster lit sous forme de tableur. Exportez une période plus courte, ou les mêmes chiffres en CSV.
import-refused-damaged-workbook = Le tableur est endommagé et ne peut pas être lu ({ $reason }). Téléchargez l'export à nouveau.
import-refused-workbook-limits = La lecture de ce tableur a demandé plus de { $memory } Mo de mémoire ou { $seconds } secondes, bien plus que tout export : il est endommagé, ou ce n'est pas un export. Téléchargez l'export à nouveau, ou exportez les mêmes chiffres en CSV.
import-refused-workbook-reader = Le lecteur de tableurs n'a pas pu lire ce fichier. Réessayez, ou exportez les mêmes chiffres en CSV.
import-refused-row-quoted = Chaque ligne de ce fichier est enfermée dans une seule cellule entre guillemets : un tableur l'a ouvert puis réenregistré. Téléchargez à nouveau l'export depuis le réseau et importez-le sans l'ouvrir auparavant.
import-refused-universal-analytics = C'est un rapport Universal Analytics ; Google a arrêté Universal Analytics en juillet 2023. Exportez le rapport depuis Google Analytics 4.
import-refused-breakdown = Ce tableau répartit votre audience ({ $columns }) au lieu de donner des chiffres dans le temps ; Tomster n'importe pas les répartitions d'audience. Exportez plutôt la vue d'ensemble, les contenus ou les abonnés.
import-refused-competitors = C'est la comparaison avec les concurrents de LinkedIn, pas les statistiques de votre Page. Exportez plutôt les contenus, les abonnés ou les visiteurs de la Page.
import-refused-meta-metric = Cette série de Meta Business Suite mesure « { $name } », que Tomster ne suit pas. Exportez les vues, la couverture, les abonnements, les visites, les interactions ou les clics sur un lien.
import-refused-meta-network = Cette série de Meta Business Suite (« { $metric } ») ne dit pas si elle est celle de Facebook ou d'Instagram, et la stratégie utilise les deux ou aucun. Précisez le réseau (--network instagram ou --network facebook).
import-refused-unknown = Tomster ne reconnaît pas ce fichier comme un export de statistiques. Sa première ligne est : { $first }. Formats pris en charge : Meta Business Suite, statistiques de Page LinkedIn, X, TikTok, YouTube Studio, Google Analytics 4, ou un tableau aux colonnes date, réseau, indicateur, valeur.

import-warning-unknown-columns = { $count ->
    [one] Une colonne n'a pas été importée : { $names }.
   *[other] { $count } colonnes n'ont pas été importées : { $names }.
}
import-warning-duplicate-columns = Des colonnes présentes deux fois ont été lues une seule fois : { $names }.
import-warning-unknown-tables = { $count ->
    [one] Un tableau du rapport n'a pas été importé : { $names }.
   *[other] { $count } tableaux du rapport n'ont pas été importés : { $names }.
}
import-warning-sheets-skipped = { $count ->
    [one] Une feuille ne contient aucun chiffre suivi par Tomster et a été laissée : { $names }.
   *[other] { $count } feuilles ne contiennent aucun chiffre suivi par Tomster et ont été laissées : { $names }.
}
import-warning-several-accounts = Le fichier couvre plusieurs comptes : { $accounts }.
import-warning-no-year = Les dates n'ont pas d'année ; elles ont été placées du { $from } au { $to }, en remontant depuis le jour de l'export.
import-warning-total-row = La ligne de total a été laissée de côté (elle répète la somme des autres lignes).
import-warning-network-assumed = La série ne nomme pas son réseau ; elle a été attribuée à { $network }, celui de Facebook et d'Instagram qu'utilise la stratégie.

import-error-number = « { $value } » n'est pas un nombre.
import-error-date = « { $value } » n'est pas une date.
import-error-no-post-id = La ligne n'a ni identifiant de publication ni lien.
import-error-network = « { $value } » n'est pas un des réseaux de la stratégie ({ $known }).
import-error-metric = « { $value } » n'est ni un indicateur que Tomster connaît, ni un des KPI propres à la stratégie.
import-error-ga4-period = Le rapport ne donne pas de dates de début et de fin au-dessus de ce tableau.
import-error-unreadable-line = La ligne { $line } ne peut pas être lue ({ $reason }).
import-warning-no-rows = Le fichier a son en-tête mais aucune ligne : rien à importer.

# La commande `tomster results`.
results-refused = Refusé : { $reason }
results-recognised = { $format } · en-têtes en { $language } · { $network }
results-summary = compte { $account } · { $period } · { $rows } lignes · publications : { $added } ajoutées, { $updated } mises à jour, { $unchanged } inchangées · { $figures } chiffres quotidiens ou de période
results-rejected = Rien de ce fichier n'a été gardé : corrigez les erreurs ci-dessus, ou passez --skip-invalid pour garder les lignes valides.
results-figures-heading = Chiffres par mois (les nombres s'additionnent ; les abonnés sont la dernière valeur du mois)
results-period = période
results-progress-heading = Progression des objectifs au { $date }
results-progress-figures = { $actual } mesuré, { $expected } attendu à ce jour ; cible { $target } au { $deadline }
results-progress-forecast = prévision à l'échéance : { $value } (entre { $low } et { $high }, sur { $periods } périodes)
results-execution-heading = Prévu et publié, les { $weeks } dernières semaines de chaque réseau
results-execution-line = { $network } · { $week } · { $planned } prévues · { $published } publiées
results-execution-format-line = { $format } · { $planned } prévues · { $published } publiées
results-findings-heading = Ce qu'il faut ajuster
results-no-findings = Rien à ajuster : aucun constat.

# Les indicateurs des résultats, par identifiant.
metric-impressions = Impressions
metric-reach = Couverture
metric-views = Vues
metric-likes = J'aime et réactions
metric-comments = Commentaires et réponses
metric-shares = Partages et republications
metric-saves = Enregistrements
metric-clicks = Clics
metric-link_clicks = Clics sur un lien
metric-profile_visits = Visites du profil
metric-follows = Nouveaux abonnés
metric-unfollows = Abonnés perdus
metric-followers = Abonnés
metric-engagements = Interactions
metric-watch_time = Durée de visionnage (heures)
metric-sessions = Sessions sur le site
metric-engaged_sessions = Sessions avec engagement
metric-key_events = Événements clés (conversions)
metric-revenue = Chiffre d'affaires
metric-active_users = Utilisateurs actifs
metric-new_users = Nouveaux utilisateurs
metric-page_views = Pages vues
metric-leads = Prospects
metric-events = Événements
metric-posts = Publications

import-language-en = anglais
import-language-es = espagnol
import-language-pt = portugais
import-language-ja = japonais
import-language-fr = français
import-refused-stopped = L'import a été arrêté avant sa fin (le serveur est occupé, ou le fichier demande plus de temps qu'une requête n'en a) : rien n'a été enregistré. Réessayez plus tard, ou importez le fichier en ligne de commande.

# Progress (src/progress): why an objective has its status, then what the reading rests on.
progress-status-on_track = en bonne voie
progress-status-at_risk = en retard
progress-status-off_track = hors trajectoire
progress-status-not_measurable = pas encore mesurable
progress-no-kpi = Aucun KPI ne prouve encore cet objectif.
progress-not-computable = { $kpi } ne se calcule pas à partir des chiffres importés.
progress-no-baseline = La cible est une évolution depuis une valeur de départ, qui n'est pas donnée.
progress-no-target = L'objectif n'a pas de cible à laquelle se mesurer.
progress-not-started = La stratégie commence le { $start }.
progress-no-figures = Aucun chiffre de { $kpi } n'a encore été importé ni saisi.
progress-no-figures-on = Aucun chiffre de { $kpi } n'a encore été importé ni saisi pour { $networks }.
progress-no-complete-period = La première période complète se termine le { $end }.
progress-reached = L'échéance est passée : { $actual } pour une cible de { $target }, atteinte.
progress-missed = L'échéance est passée : { $actual } pour une cible de { $target }, manquée.
progress-forecast-misses = À la tendance actuelle, le KPI atteindrait environ { $forecast } (entre { $low } et { $high }) au { $deadline }, en deçà de { $target }.
progress-behind-pace = { $pace } de la progression attendue, sous le seuil d'alerte de { $alert }.
progress-on-pace = { $pace } de la progression attendue.
progress-on-pace-start = Trop tôt pour comparer avec la progression attendue.
progress-no-forecast = Pas encore de prévision : { $periods } périodes complètes de chiffres, { $needed } nécessaires.
progress-approximate = Approximatif : la portée additionnée sur des jours ou des publications compte une personne plusieurs fois.
progress-measured-through = Chiffres jusqu'au { $day }.
progress-review-daily = chaque jour
progress-review-weekly = chaque semaine
progress-review-monthly = chaque mois
