#!/usr/bin/env python3
"""Rebuilds the compact data files embedded in Hub.Simulators.

Run by hand from the repository root when the shared reference data changes:
    python3 src/Simulators/Generation/Data/build-data.py /path/to/shared/external
The simulators never read the shared folder at run time: only the files written here are shipped.
"""
import csv, glob, json, os, sys
import yaml

src = sys.argv[1] if len(sys.argv) > 1 else '../shared/external'
here = os.path.dirname(os.path.abspath(__file__))
cases_dir = os.path.join(here, '..', '..', 'ApiParticulier', 'Cases')

# Surnames: top 2000 by births 1941-2000 (the adults of today), INSEE bucket excluded.
with open(os.path.join(src, 'insee-names/noms_insee_1891_2000.csv'), encoding='utf-8') as f:
    rows = [r for r in csv.DictReader(f) if r['nom'] != 'AUTRES NOMS']
rows.sort(key=lambda r: -int(r['naissances_1941_2000']))
with open(os.path.join(here, 'surnames.tsv'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# Source : Insee, Noms de famille (nes 1891-2000). nom<TAB>naissances_1941_2000\n')
    for r in rows[:2000]:
        out.write(f"{r['nom']}\t{r['naissances_1941_2000']}\n")

# First names: top 1500 per sex by births 1940-2007, rare-names bucket excluded.
with open(os.path.join(src, 'insee-names/prenoms_insee_1900_2022.csv'), encoding='utf-8') as f:
    rows = [r for r in csv.DictReader(f) if not r['prenom'].startswith('_')]
with open(os.path.join(here, 'first-names.tsv'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# Source : Insee, Fichier des prenoms (edition 2023). sexe<TAB>prenom<TAB>naissances_1940_2007\n')
    for sex in ('1', '2'):
        sel = sorted((r for r in rows if r['sexe'] == sex and int(r['naissances_1940_2007']) > 0),
                     key=lambda r: -int(r['naissances_1940_2007']))[:1500]
        for r in sel:
            out.write(f"{sex}\t{r['prenom']}\t{r['naissances_1940_2007']}\n")

# Haut-Rhin communes (current COG). Postal codes only where known for sure (Mulhouse area and main towns);
# the COG has none and the contracts make codePostal optional.
postal_by_name = {
    'Mulhouse': '68100', 'Colmar': '68000', 'Wittenheim': '68270', 'Illzach': '68110', 'Kingersheim': '68260',
    'Riedisheim': '68400', 'Rixheim': '68170', 'Saint-Louis': '68300', 'Guebwiller': '68500', 'Thann': '68800',
    'Cernay': '68700', 'Altkirch': '68130', 'Wittelsheim': '68310', 'Pfastatt': '68120', 'Lutterbach': '68460',
    'Brunstatt-Didenheim': '68350', 'Sausheim': '68390', 'Ensisheim': '68190', 'Rouffach': '68250',
    'Habsheim': '68440', 'Staffelfelden': '68850', 'Ottmarsheim': '68490', 'Munster': '68140',
    'Sainte-Marie-aux-Mines': '68160', 'Huningue': '68330', 'Village-Neuf': '68128', 'Hégenheim': '68220',
    'Morschwiller-le-Bas': '68790',
}
with open(os.path.join(src, 'insee-cog/communes.csv'), encoding='utf-8') as f:
    communes = [r for r in csv.DictReader(f) if r['DEP'] == '68' and r['TYPECOM'] == 'COM']
with open(os.path.join(here, 'communes-68.tsv'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# Source : Insee, COG (communes du Haut-Rhin). code<TAB>libelle<TAB>code postal (si connu)\n')
    for r in communes:
        out.write(f"{r['COM']}\t{r['LIBELLE']}\t{postal_by_name.get(r['LIBELLE'], '')}\n")

# Births elsewhere in France: the chef-lieu of every departement (gives valid COG codes, including 2A/2B and overseas).
with open(os.path.join(src, 'insee-cog/communes.csv'), encoding='utf-8') as f:
    names = {r['COM']: r['LIBELLE'] for r in csv.DictReader(f) if r['TYPECOM'] == 'COM'}
with open(os.path.join(src, 'insee-cog/departements.csv'), encoding='utf-8') as f:
    deps = [r for r in csv.DictReader(f) if r['DEP'] != '68']
with open(os.path.join(here, 'birth-communes.tsv'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# Source : Insee, COG (chefs-lieux de departement). code<TAB>libelle\n')
    for r in deps:
        out.write(f"{r['CHEFLIEU']}\t{names.get(r['CHEFLIEU'], r['LIBELLE'])}\n")

# Countries of birth seen among homeless and precariously housed people in the Grand Est (weights are a rough guess).
weights = {'99352': 18, '99350': 12, '99351': 6, '99208': 8, '99212': 6, '99206': 5, '99157': 5, '99125': 4,
           '99255': 5, '99123': 3, '99114': 4, '99312': 5, '99322': 3, '99326': 4, '99330': 5, '99341': 3,
           '99343': 3, '99317': 3, '99139': 3, '99127': 2, '99109': 3, '99140': 1}
with open(os.path.join(src, 'insee-cog/pays-2025.csv'), encoding='utf-8') as f:
    pays = {r['code']: r['name'] for r in csv.DictReader(f)}
with open(os.path.join(here, 'countries.tsv'), 'w', encoding='utf-8', newline='\n') as out:
    out.write('# Source : Insee, COG pays (2025). code<TAB>libelle<TAB>poids\n')
    for code, w in weights.items():
        out.write(f"{code}\t{pays[code]}\t{w}\n")

# API Particulier v3 sandbox cases (etalab/siade_staging_data @ 2045a4bd, MIT), identity ('identite') routes only:
# one JSON file per endpoint, params/status/payload kept as is (FranceConnect routes are not used by the hub).
endpoints = {
    'quotient_familial': 'api_particulier_v3_cnav_quotient_familial',
    'revenu_solidarite_active': 'api_particulier_v3_cnav_revenu_solidarite_active',
    'prime_activite': 'api_particulier_v3_cnav_prime_activite',
    'allocation_adulte_handicape': 'api_particulier_v3_cnav_allocation_adulte_handicape',
    'allocation_soutien_familial': 'api_particulier_v3_cnav_allocation_soutien_familial',
    'allocation_enfant_handicape': 'api_particulier_v3_cnav_allocation_enfant_handicape',
    'participation_familiale_eaje': 'api_particulier_v3_cnav_participation_familiale_eaje',
    'complementaire_sante_solidaire': 'api_particulier_v3_cnav_complementaire_sante_solidaire',
}
base = os.path.join(src, 'api-particulier/payloads')
for name, folder in endpoints.items():
    cases = []
    for path in sorted(glob.glob(os.path.join(base, f'{folder}_with_civility', '*.y*ml'))):
        doc = yaml.safe_load(open(path, encoding='utf-8'))
        if not isinstance(doc, dict) or 'params' not in doc:
            continue
        cases.append({'file': os.path.basename(path), 'status': doc['status'],
                      'params': doc['params'], 'payload': doc['payload']})
    with open(os.path.join(cases_dir, f'{name}.json'), 'w', encoding='utf-8', newline='\n') as out:
        json.dump(cases, out, ensure_ascii=False, indent=1)
        out.write('\n')

