"""Translation: every user-facing string goes through ``tr``.

Qt's ``pylupdate5`` files a ``self.tr(text)`` call under the name of the class in which the call is
written. ``Translatable.tr`` therefore looks the string up under each class of the instance's MRO, so a
string written in a base class is still found when the instance is of a subclass.
"""

import os

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

I18N_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "i18n")

_translators = []


def translate(context, text):
    return QCoreApplication.translate(context, text)


class Translatable:
    """Mixin giving ``tr()`` with the class name as context (as pylupdate5 extracts it)."""

    def tr(self, text):  # noqa: D401
        for klass in type(self).__mro__:
            translated = QCoreApplication.translate(klass.__name__, text)
            if translated != text:
                return translated
        return text


def user_locale():
    """The two-letter language of QGIS's user interface ('fr' for a French QGIS)."""
    override = QSettings().value("locale/overrideFlag", False, type=bool)
    locale = QSettings().value("locale/userLocale", "") if override else ""
    if not locale:
        locale = QSettings().value("locale/globalLocale", "") or QLocale.system().name()
    return (locale or "en")[0:2]


def install_translators(locale=None):
    """Install the plugin's compiled translations (one ``.qm`` per part) for ``locale``.

    Returns the list of files loaded. Calling it again first removes what it installed before.
    """
    remove_translators()
    locale = (locale or user_locale())[0:2]
    loaded = []
    if not os.path.isdir(I18N_DIR):
        return loaded
    for name in sorted(os.listdir(I18N_DIR)):
        if not name.endswith("_{}.qm".format(locale)):
            continue
        translator = QTranslator()
        if translator.load(os.path.join(I18N_DIR, name)):
            QCoreApplication.installTranslator(translator)
            _translators.append(translator)
            loaded.append(name)
    return loaded


def remove_translators():
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())


def format_number(value, decimals=0):
    """A number as the user's QGIS writes it: "1 234,5" in French, "1,234.5" in English."""
    return QLocale().toString(float(value), "f", int(decimals))
