"""ISO 3166-1 countries: alpha-3 code and English short name, and the names people write.

COUNTRIES was generated from Debian's iso-codes 4.15 (iso_3166-1.json); the codes are the
standard's. A country written in a sheet is found by `country_code` among its codes, the
app's label and the names of country_names.py (English, French, Spanish, official and short
forms), whatever the case, accents and punctuation.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from mouliaison.domain.country_names import COUNTRY_NAMES
from mouliaison.domain.messages import Message
from mouliaison.domain.values import ValueProblem

COUNTRIES: tuple[tuple[str, str], ...] = (
    ('ABW', 'Aruba'),
    ('AFG', 'Afghanistan'),
    ('AGO', 'Angola'),
    ('AIA', 'Anguilla'),
    ('ALA', 'Åland Islands'),
    ('ALB', 'Albania'),
    ('AND', 'Andorra'),
    ('ARE', 'United Arab Emirates'),
    ('ARG', 'Argentina'),
    ('ARM', 'Armenia'),
    ('ASM', 'American Samoa'),
    ('ATA', 'Antarctica'),
    ('ATF', 'French Southern Territories'),
    ('ATG', 'Antigua and Barbuda'),
    ('AUS', 'Australia'),
    ('AUT', 'Austria'),
    ('AZE', 'Azerbaijan'),
    ('BDI', 'Burundi'),
    ('BEL', 'Belgium'),
    ('BEN', 'Benin'),
    ('BES', 'Bonaire, Sint Eustatius and Saba'),
    ('BFA', 'Burkina Faso'),
    ('BGD', 'Bangladesh'),
    ('BGR', 'Bulgaria'),
    ('BHR', 'Bahrain'),
    ('BHS', 'Bahamas'),
    ('BIH', 'Bosnia and Herzegovina'),
    ('BLM', 'Saint Barthélemy'),
    ('BLR', 'Belarus'),
    ('BLZ', 'Belize'),
    ('BMU', 'Bermuda'),
    ('BOL', 'Bolivia'),
    ('BRA', 'Brazil'),
    ('BRB', 'Barbados'),
    ('BRN', 'Brunei Darussalam'),
    ('BTN', 'Bhutan'),
    ('BVT', 'Bouvet Island'),
    ('BWA', 'Botswana'),
    ('CAF', 'Central African Republic'),
    ('CAN', 'Canada'),
    ('CCK', 'Cocos (Keeling) Islands'),
    ('CHE', 'Switzerland'),
    ('CHL', 'Chile'),
    ('CHN', 'China'),
    ('CIV', "Côte d'Ivoire"),
    ('CMR', 'Cameroon'),
    ('COD', 'Congo, The Democratic Republic of the'),
    ('COG', 'Congo'),
    ('COK', 'Cook Islands'),
    ('COL', 'Colombia'),
    ('COM', 'Comoros'),
    ('CPV', 'Cabo Verde'),
    ('CRI', 'Costa Rica'),
    ('CUB', 'Cuba'),
    ('CUW', 'Curaçao'),
    ('CXR', 'Christmas Island'),
    ('CYM', 'Cayman Islands'),
    ('CYP', 'Cyprus'),
    ('CZE', 'Czechia'),
    ('DEU', 'Germany'),
    ('DJI', 'Djibouti'),
    ('DMA', 'Dominica'),
    ('DNK', 'Denmark'),
    ('DOM', 'Dominican Republic'),
    ('DZA', 'Algeria'),
    ('ECU', 'Ecuador'),
    ('EGY', 'Egypt'),
    ('ERI', 'Eritrea'),
    ('ESH', 'Western Sahara'),
    ('ESP', 'Spain'),
    ('EST', 'Estonia'),
    ('ETH', 'Ethiopia'),
    ('FIN', 'Finland'),
    ('FJI', 'Fiji'),
    ('FLK', 'Falkland Islands (Malvinas)'),
    ('FRA', 'France'),
    ('FRO', 'Faroe Islands'),
    ('FSM', 'Micronesia, Federated States of'),
    ('GAB', 'Gabon'),
    ('GBR', 'United Kingdom'),
    ('GEO', 'Georgia'),
    ('GGY', 'Guernsey'),
    ('GHA', 'Ghana'),
    ('GIB', 'Gibraltar'),
    ('GIN', 'Guinea'),
    ('GLP', 'Guadeloupe'),
    ('GMB', 'Gambia'),
    ('GNB', 'Guinea-Bissau'),
    ('GNQ', 'Equatorial Guinea'),
    ('GRC', 'Greece'),
    ('GRD', 'Grenada'),
    ('GRL', 'Greenland'),
    ('GTM', 'Guatemala'),
    ('GUF', 'French Guiana'),
    ('GUM', 'Guam'),
    ('GUY', 'Guyana'),
    ('HKG', 'Hong Kong'),
    ('HMD', 'Heard Island and McDonald Islands'),
    ('HND', 'Honduras'),
    ('HRV', 'Croatia'),
    ('HTI', 'Haiti'),
    ('HUN', 'Hungary'),
    ('IDN', 'Indonesia'),
    ('IMN', 'Isle of Man'),
    ('IND', 'India'),
    ('IOT', 'British Indian Ocean Territory'),
    ('IRL', 'Ireland'),
    ('IRN', 'Iran'),
    ('IRQ', 'Iraq'),
    ('ISL', 'Iceland'),
    ('ISR', 'Israel'),
    ('ITA', 'Italy'),
    ('JAM', 'Jamaica'),
    ('JEY', 'Jersey'),
    ('JOR', 'Jordan'),
    ('JPN', 'Japan'),
    ('KAZ', 'Kazakhstan'),
    ('KEN', 'Kenya'),
    ('KGZ', 'Kyrgyzstan'),
    ('KHM', 'Cambodia'),
    ('KIR', 'Kiribati'),
    ('KNA', 'Saint Kitts and Nevis'),
    ('KOR', 'South Korea'),
    ('KWT', 'Kuwait'),
    ('LAO', 'Laos'),
    ('LBN', 'Lebanon'),
    ('LBR', 'Liberia'),
    ('LBY', 'Libya'),
    ('LCA', 'Saint Lucia'),
    ('LIE', 'Liechtenstein'),
    ('LKA', 'Sri Lanka'),
    ('LSO', 'Lesotho'),
    ('LTU', 'Lithuania'),
    ('LUX', 'Luxembourg'),
    ('LVA', 'Latvia'),
    ('MAC', 'Macao'),
    ('MAF', 'Saint Martin (French part)'),
    ('MAR', 'Morocco'),
    ('MCO', 'Monaco'),
    ('MDA', 'Moldova'),
    ('MDG', 'Madagascar'),
    ('MDV', 'Maldives'),
    ('MEX', 'Mexico'),
    ('MHL', 'Marshall Islands'),
    ('MKD', 'North Macedonia'),
    ('MLI', 'Mali'),
    ('MLT', 'Malta'),
    ('MMR', 'Myanmar'),
    ('MNE', 'Montenegro'),
    ('MNG', 'Mongolia'),
    ('MNP', 'Northern Mariana Islands'),
    ('MOZ', 'Mozambique'),
    ('MRT', 'Mauritania'),
    ('MSR', 'Montserrat'),
    ('MTQ', 'Martinique'),
    ('MUS', 'Mauritius'),
    ('MWI', 'Malawi'),
    ('MYS', 'Malaysia'),
    ('MYT', 'Mayotte'),
    ('NAM', 'Namibia'),
    ('NCL', 'New Caledonia'),
    ('NER', 'Niger'),
    ('NFK', 'Norfolk Island'),
    ('NGA', 'Nigeria'),
    ('NIC', 'Nicaragua'),
    ('NIU', 'Niue'),
    ('NLD', 'Netherlands'),
    ('NOR', 'Norway'),
    ('NPL', 'Nepal'),
    ('NRU', 'Nauru'),
    ('NZL', 'New Zealand'),
    ('OMN', 'Oman'),
    ('PAK', 'Pakistan'),
    ('PAN', 'Panama'),
    ('PCN', 'Pitcairn'),
    ('PER', 'Peru'),
    ('PHL', 'Philippines'),
    ('PLW', 'Palau'),
    ('PNG', 'Papua New Guinea'),
    ('POL', 'Poland'),
    ('PRI', 'Puerto Rico'),
    ('PRK', 'North Korea'),
    ('PRT', 'Portugal'),
    ('PRY', 'Paraguay'),
    ('PSE', 'Palestine, State of'),
    ('PYF', 'French Polynesia'),
    ('QAT', 'Qatar'),
    ('REU', 'Réunion'),
    ('ROU', 'Romania'),
    ('RUS', 'Russian Federation'),
    ('RWA', 'Rwanda'),
    ('SAU', 'Saudi Arabia'),
    ('SDN', 'Sudan'),
    ('SEN', 'Senegal'),
    ('SGP', 'Singapore'),
    ('SGS', 'South Georgia and the South Sandwich Islands'),
    ('SHN', 'Saint Helena, Ascension and Tristan da Cunha'),
    ('SJM', 'Svalbard and Jan Mayen'),
    ('SLB', 'Solomon Islands'),
    ('SLE', 'Sierra Leone'),
    ('SLV', 'El Salvador'),
    ('SMR', 'San Marino'),
    ('SOM', 'Somalia'),
    ('SPM', 'Saint Pierre and Miquelon'),
    ('SRB', 'Serbia'),
    ('SSD', 'South Sudan'),
    ('STP', 'Sao Tome and Principe'),
    ('SUR', 'Suriname'),
    ('SVK', 'Slovakia'),
    ('SVN', 'Slovenia'),
    ('SWE', 'Sweden'),
    ('SWZ', 'Eswatini'),
    ('SXM', 'Sint Maarten (Dutch part)'),
    ('SYC', 'Seychelles'),
    ('SYR', 'Syria'),
    ('TCA', 'Turks and Caicos Islands'),
    ('TCD', 'Chad'),
    ('TGO', 'Togo'),
    ('THA', 'Thailand'),
    ('TJK', 'Tajikistan'),
    ('TKL', 'Tokelau'),
    ('TKM', 'Turkmenistan'),
    ('TLS', 'Timor-Leste'),
    ('TON', 'Tonga'),
    ('TTO', 'Trinidad and Tobago'),
    ('TUN', 'Tunisia'),
    ('TUR', 'Türkiye'),
    ('TUV', 'Tuvalu'),
    ('TWN', 'Taiwan'),
    ('TZA', 'Tanzania'),
    ('UGA', 'Uganda'),
    ('UKR', 'Ukraine'),
    ('UMI', 'United States Minor Outlying Islands'),
    ('URY', 'Uruguay'),
    ('USA', 'United States'),
    ('UZB', 'Uzbekistan'),
    ('VAT', 'Holy See (Vatican City State)'),
    ('VCT', 'Saint Vincent and the Grenadines'),
    ('VEN', 'Venezuela'),
    ('VGB', 'Virgin Islands, British'),
    ('VIR', 'Virgin Islands, U.S.'),
    ('VNM', 'Vietnam'),
    ('VUT', 'Vanuatu'),
    ('WLF', 'Wallis and Futuna'),
    ('WSM', 'Samoa'),
    ('YEM', 'Yemen'),
    ('ZAF', 'South Africa'),
    ('ZMB', 'Zambia'),
    ('ZWE', 'Zimbabwe'),
)


_DROPPED = dict.fromkeys(map(ord, ".\u00b7"), None)
_SPACED = re.compile(r"[\s'\u2019\u2018`´,;:()\[\]/\\\-\u2010-\u2015_&]+")


def folded(name: str) -> str:
    """A name as it is compared: no case, accents or punctuation; "and" for "&"; no leading "the"."""
    if not name.isascii():
        name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if "&" in name:
        name = name.replace("&", " and ")
    name = _SPACED.sub(" ", name.casefold().translate(_DROPPED)).strip()
    return name[4:] if name.startswith("the ") else name


@functools.cache
def _by_name() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for code, label in COUNTRIES:
        for name in (code, label, *COUNTRY_NAMES.get(code, ())):
            found.setdefault(folded(name), set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


def country_codes(name: str) -> frozenset[str]:
    """The codes of the countries `name` may mean: one, several (an ambiguous name), or none."""
    return _by_name().get(folded(name), frozenset())


def is_country_name(name: str) -> bool:
    """`name` names a country (or several): a list cell keeps it whole even if it holds a comma."""
    return folded(name) in _by_name()


def country_code(name: str) -> str | None:
    """The one country `name` means, or None; several: ValueProblem naming them all."""
    codes = country_codes(name)
    if len(codes) > 1:
        labels = dict(COUNTRIES)
        shown = "; ".join(f"{code} ({labels[code]})" for code in sorted(codes))
        raise ValueProblem(Message("'{name}' may mean several countries: {countries}; write the code of the one meant",
                                   name=name, countries=shown))
    return next(iter(codes), None)
