#!/usr/bin/env python3
"""Prints the README's table of scores per story set from test/corpus/scores.json (which
test/unit/corpus-scores.test.ts keeps honest: no figure may get worse than it records)."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
scores = json.load(open(os.path.join(here, '..', 'test', 'corpus', 'scores.json')))
print('| set | genre | conflict groups | mentions | agreements | traps hit | quotes | conflicts outside the gold |')
print('| --- | --- | --- | --- | --- | --- | --- | --- |')
GENRES = {
    'seeds': 'war', 'egypt-election-2018': 'election', 'kashmir-quake-2005': 'disaster', 'taylor-sentencing-2012': 'court',
    'brexit-deal-commons-defeat-2019': 'politics', 'chauvin-sentenced-floyd-murder-2021': 'court',
    'chicago-marathon-kiptum-2023': 'sport', 'libya-derna-floods-2023': 'weather', 'microsoft-q2-fy2024-results': 'company results',
    'musk-buys-twitter-2022': 'deal', 'odisha-balasore-train-crash-2023': 'transport', 'oxford-astrazeneca-vaccine-interim-2020': 'health study', 'silkyara-tunnel-rescue-2023': 'rescue', 'hurricane-otis-acapulco-2023': 'storm', 'tesla-q3-2023-results': 'company results',
    'baltimore-key-bridge-collapse-2024': 'shipping accident', 'maui-lahaina-wildfire-2023': 'wildfire', 'us-jobs-report-2024-03': 'economic data',
    'chandrayaan3-moon-landing-2023': 'space mission', 'alaska-1282-door-plug-2024': 'aviation incident',
    'uaw-ford-tentative-deal-2023': 'labour dispute', 'world-cup-final-2022': 'football match',
    'fed-rate-cut-2024-09': 'central bank decision', 'crowdstrike-outage-2024': 'technology outage',
    'who-mpox-emergency-2024': 'public health emergency',
    'arm-ipo-2023': 'stock-market listing', 'copernicus-2023-hottest-year': 'climate science report', 'morocco-earthquake-2023': 'disaster, rising toll', 'taiwan-election-2024': 'election result', 'wimbledon-final-2023': 'tennis final',
    'google-layoffs-2023': 'company layoffs', 'jeju-air-crash-2024': 'air disaster, with history', 'iphone-15-launch-2023': 'product launch, prices in several currencies', 'uk-general-election-2024': 'parliamentary election, seats as counted',
    'australia-voice-referendum-2023': 'referendum result', 'iceland-grindavik-eruption-2023': 'volcanic eruption', 'pylos-shipwreck-2023': 'migrant shipwreck',
    'paris-2024-mens-100m-final': 'athletics sprint final', 'hajj-heat-deaths-2024': 'heat deaths, tolls by country',
    'titan-submersible-2023': 'submersible lost at sea', 'oscars-2024': 'awards ceremony',
    'lewiston-maine-shooting-2023': 'mass shooting, tolls over days', 'uk-autumn-budget-2024': 'government budget',
    'eu-apple-music-fine-2024': "regulator's fine, three currencies", 'lecanemab-fda-approval-2023': 'drug approval',
    'sbf-fraud-verdict-2023': 'fraud trial verdict', 'bellingham-real-madrid-transfer-2023': 'football transfer, three currencies',
    'france-pension-protests-2023': 'protest turnout, rival counts', 'svb-collapse-2023': 'bank failure',
    'nif-fusion-ignition-2022': 'energy science breakthrough',
    '23andme-data-breach-2023': 'data breach, counts of people and accounts',
    'uk-heat-record-2022': 'record temperature, two scales',
    'opec-plus-output-cut-2022': 'oil producers\' decision, markets (read blind)',
    'super-bowl-lviii-2024': 'American football final, player statistics (read blind)',
    'hurricane-milton-landfall-2024': 'hurricane landfall, outages at one briefing (read blind)',
    'ethiopian-302-crash-2019': 'air crash, victims by nationality (read blind)',
    'india-election-result-2024': 'general election result, seats by party and alliance (read blind)',
    'semaglutide-select-trial-2023': 'drug trial result, share moves in one session (read blind)',
    'trump-hush-money-verdict-2024': 'criminal verdict, counts and hours (read blind)',
    'starship-first-flight-2023': 'rocket test flight, heights in feet and metres (read blind)',
    'boeing-strike-ends-2024': 'strike ends, earlier offers and votes (read blind)',
    'barbenheimer-opening-weekend-2023': 'box office weekend, two films, estimates and actuals (read blind)',
    'uk-net-migration-2023': 'official statistics release, revised estimates (read blind)',
    'valencia-floods-2024': 'flash floods, a toll rising through one day (read blind)',
    'powerball-2-billion-jackpot-2022': 'lottery jackpot, annuity and cash value (read blind)',
    'warhol-marilyn-auction-2022': 'art auction record, earlier records by year (read blind)',
    'cricket-world-cup-final-2023': 'cricket final, batting figures and crowds (read blind)',
    'india-overtakes-china-population-2023': 'population report, projections and age groups (read blind)',
    'liberation-day-tariffs-2025': 'tariff announcement, rates by country (read blind)',
    'f1-las-vegas-grand-prix-2023': 'motor race, laps, places and penalties (read blind)',
    'eurovision-2024-final': 'song contest, jury and public points by country (read blind)',
    'us-inflation-june-2022-cpi': 'consumer prices report, forecasts and earlier months (read blind)',
    'ever-given-suez-refloated-2021': 'shipping, a blocked canal reopened, ships and tonnage (read blind)',
    'total-solar-eclipse-2024': 'astronomy, an eclipse path, times and widths (read blind)',
    'queen-elizabeth-funeral-2022': 'state funeral, guests, crowds and ceremony counts (read blind)',
    'who-ends-covid-emergency-2023': 'public health declaration, deaths reported and estimated (read blind)',
    'hollywood-writers-strike-ends-2023': 'labour deal, a strike\'s days and pay terms (read blind)',
    'wagner-mutiny-2023': 'armed mutiny, fighters and distances (read blind)',
    'us-russia-prisoner-swap-2024': 'prisoner exchange, prisoners, countries and years held (read blind)',
    'ohtani-dodgers-contract-2023': 'sports contract, deferred money and earlier records (read blind)',
    'mccarthy-ousted-speaker-2023': 'legislative vote, a tally and tenures in days (read blind)',
    'cop28-fossil-fuels-deal-2023': 'climate summit deal, countries and targets (read blind)',
    'louvre-jewel-heist-2025': 'museum heist, thieves, minutes, pieces and their value (read blind)',
    'murdaugh-sentencing-2023': 'murder sentencing, a trial\'s length and hours of deliberation (read blind)',
    'nvidia-trillion-market-value-2023': 'market value record, share moves and a revenue forecast (read blind)',
    'dubai-floods-april-2024': 'record rainfall, millimetres and a year\'s average (read blind)',
    'haneda-runway-collision-2024': 'runway collision, passengers, crew and the hours of a fire (read blind)',
}
for name, s in scores.items():
    genre = GENRES.get(name.split('/')[-1], '')
    print(f"| `{name}` | {genre} | {s['conflict_groups']} | {s['conflict_mentions']} | {s['agreements']} | {s['false_conflicts_of_known_traps']} | {s['quotes']} | {s['conflict_findings_outside_gold']} of {s['conflict_findings']} |")
