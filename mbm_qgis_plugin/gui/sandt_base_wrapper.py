"""The "Base Sandt" field of the toolbox dialogs: a GeoPackage picker that still takes a PostGIS base.

The parameter stays a string (issue 3 contract: a GeoPackage path or ``postgis:<connection>/<schema>``);
this Processing widget wrapper, named in the parameter's ``widget_wrapper`` metadata, shows it as a text
field with a "…" menu: "GeoPackage…" (file dialog, GeoPackage filter) and "PostGIS connection…" (saved
connection, then schema). In the model designer the usual QGIS widget is kept, so that the base can still
come from a model input.
"""

from processing.gui.wrappers import WidgetWrapper

from .sandt_tab import SandtBaseField

MODELER_DIALOG = "ModelerParametersDialog"


class SandtBaseWidgetWrapper(WidgetWrapper):
    """Processing widget wrapper of a "Base Sandt" string parameter (toolbox, batch and in-place dialogs)."""

    def __new__(cls, param, dialog, row=0, col=0, **kwargs):
        if dialog is not None and dialog.__class__.__name__ == MODELER_DIALOG:
            # The designer's own widget keeps the choice "model input / algorithm output / value".
            from qgis.gui import QgsGui

            widget = QgsGui.processingGuiRegistry().createModelerParameterWidget(dialog.model, dialog.childId,
                                                                                 param, dialog.context)
            widget.setDialog(dialog)
            return widget
        return super().__new__(cls)

    def createWidget(self, **kwargs):
        field = SandtBaseField()
        field.line_edit.textChanged.connect(lambda _text: self.widgetValueHasChanged.emit(self))
        return field

    def setValue(self, value):
        self.widget.line_edit.setText("" if value is None else str(value))

    def value(self):
        return self.widget.line_edit.text().strip()
