"""In a wire report in capitals, a town after a source's words ('SOURCES IN X', 'SAID IN X')
is where someone spoke, not the incident's place, when the sentence binds the incident to a
place of another country before it.  News-style sentences we wrote."""
import pytest

from tests.test_location import assert_located

CASES = [
    # the country bound to the attack verb beats the source's city abroad
    ("CARACAS (VENEZUELA), 3 JUN 89 (DPA) -- [TEXT] A NEPHEW OF THE VENEZUELAN DEFENSE "
     "MINISTER WAS KIDNAPPED IN COLOMBIA, ACCORDING TO POLICE SOURCES IN CARACAS.  THE "
     "KIDNAPPERS HAVE DEMANDED A RANSOM.", "KIDNAPPED", {"country": "Colombia"}),
    ("MEXICO CITY, 9 FEB 90 (NOTIMEX) -- [TEXT] TWO ECUADORAN ENGINEERS WERE MURDERED IN "
     "PERU, THE ECUADORAN FOREIGN MINISTER SAID IN QUITO TODAY.", "MURDERED",
     {"country": "Peru"}),
    # with no place of another country before it, the source's town is not set aside
    ("BOGOTA, 9 FEB 90 (EFE) -- [TEXT] A JUDGE WAS SHOT DEAD IN FRONT OF HIS HOUSE TODAY, "
     "ACCORDING TO POLICE SOURCES IN MEDELLIN.", "SHOT", {"place": "Medellín",
                                                          "country": "Colombia"}),
]


@pytest.mark.parametrize("text, cue, expected", CASES)
def test_source_places(text, cue, expected):
    assert_located(text, cue, expected)
