"""What every task tab of the dock shares."""

import os

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QWidget

from ..i18n import Translatable

ICONS_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(__file__))), "resources", "icons")


class TaskTab(Translatable, QWidget):
    """Subclasses set TASK and OBJECT_NAME, implement title(), and keep the signals they connect in
    ``self._connections`` (pairs of signal, slot) so that unload() disconnects them all."""

    TASK = ""
    OBJECT_NAME = ""

    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.setObjectName(self.OBJECT_NAME)
        self._connections = []
        self.run = None  # the BackgroundRun under way, if any

    def busy(self):
        return self.run is not None

    def start_algorithm(self, algorithm_id, parameters, on_done, on_progress=None):
        """Run a Processing algorithm of the plugin in the background, as the toolbox would (so the dock
        and batch use cannot drift apart). on_done(ok, results, run) is called in the GUI thread; ok is
        False when the run failed or was cancelled. Returns the BackgroundRun, or None when a run is
        already under way or the provider is missing (raises nothing)."""
        if self.run is not None:
            return None
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            return None

        def finished(ok, results, run):
            self.run = None
            on_done(ok, results, run)

        self.run = BackgroundRun(algorithm, parameters, finished, on_progress)
        self.run.start()
        return self.run

    def cancel_algorithm(self):
        if self.run is not None:
            self.run.cancel()

    def connect(self, signal, slot):
        signal.connect(slot)
        self._connections.append((signal, slot))

    def title(self):
        raise NotImplementedError

    def icon(self):
        return QIcon(os.path.join(ICONS_DIR, "{}.svg".format(self.TASK)))

    def unload(self):
        if self.run is not None:
            self.run.abandon()
            self.run = None
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        self._connections = []


class ErrorKeepingFeedback(QgsProcessingFeedback):
    """A feedback that keeps the errors the algorithm reports (from the task's thread), so that a tab can
    show the algorithm's own sentence — what to fix, in the user's language — when a run fails."""

    def __init__(self):
        super().__init__()
        self.errors = []

    def reportError(self, error, fatalError=False):
        self.errors.append(error)
        super().reportError(error, fatalError)


class AlgorithmTask(QgsTask):
    """Runs a Processing algorithm in the background as QgsProcessingAlgRunnerTask does (prepared in the
    main thread, run in the task's thread, post-processed back in the main thread), except for a run the user
    cancels: it ends as a completed task, not a failed one, so QGIS does not announce "Task failed" while the
    tab says the computation was cancelled. From QGIS 3.26 the task is silent (the tab reports); before, a
    cancelled task's description says it was cancelled."""

    executed = pyqtSignal(bool, dict)

    def __init__(self, algorithm, parameters, context, feedback):
        flags = QgsTask.Flag.CanCancel
        if hasattr(QgsTask.Flag, "Silent"):  # QGIS 3.26+
            flags |= QgsTask.Flag.Silent
        super().__init__(algorithm.displayName(), flags)
        self.algorithm, self.parameters, self.context, self.feedback = algorithm, parameters, context, feedback
        self.results = {}
        self.prepared = algorithm.prepare(parameters, context, feedback)  # main thread, as QGIS does
        feedback.progressChanged.connect(self.setProgress)

    def cancel(self):
        """Stop the algorithm (through its feedback); the task then ends as completed. QgsTask.cancel is
        not called: it would end a queued task as terminated, i.e. failed."""
        if not self.feedback.isCanceled():
            self.feedback.cancel()
            if not hasattr(QgsTask.Flag, "Silent"):
                from ..i18n import translate

                self.setDescription(translate("AlgorithmTask", "{} (cancelled)").format(self.description()))

    def run(self):
        if not self.prepared:
            return False
        try:
            self.results = self.algorithm.runPrepared(self.parameters, self.context, self.feedback) or {}
        except QgsProcessingException as error:
            self.feedback.reportError(str(error), True)
            return self.feedback.isCanceled()
        except Exception as error:  # noqa: BLE001 — a task must not let Python's exception kill QGIS
            self.feedback.reportError(repr(error), True)
            return self.feedback.isCanceled()
        return True

    def finished(self, result):
        ok = bool(result) and self.prepared and not self.feedback.isCanceled()
        if ok:
            self.results = self.algorithm.postProcess(self.context, self.feedback) or self.results
        self.executed.emit(ok, self.results if ok else {})


# Runs whose tab was unloaded while they worked: kept alive until their task ends (the worker thread still
# uses their context and feedback).
ABANDONED_RUNS = []


class BackgroundRun:
    """One algorithm run in a QgsProcessingAlgRunnerTask, with its context and feedback."""

    def __init__(self, algorithm, parameters, on_done, on_progress=None):
        self.algorithm = algorithm
        self.context = QgsProcessingContext()
        self.context.setProject(QgsProject.instance())
        self.feedback = ErrorKeepingFeedback()
        self.task = AlgorithmTask(algorithm, parameters, self.context, self.feedback)
        self._on_done = on_done
        self._on_progress = on_progress
        if on_progress is not None:
            self.feedback.progressChanged.connect(on_progress)
        self.task.executed.connect(self._executed)

    def start(self):
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self):
        try:
            self.task.cancel()
        except RuntimeError:  # the task has just ended and QGIS deleted it: nothing left to stop
            self.feedback.cancel()

    def canceled(self):
        return self.feedback.isCanceled()

    def error(self):
        """The algorithm's last error: its own sentence saying what to fix ("" when none)."""
        return self.feedback.errors[-1] if self.feedback.errors else ""

    def _disconnect(self):
        pairs = [(self.task.executed, self._executed)]
        if self._on_progress is not None:
            pairs.append((self.feedback.progressChanged, self._on_progress))
        for signal, slot in pairs:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    def _executed(self, ok, results):
        self._disconnect()
        self._on_done(bool(ok) and not self.canceled(), results, self)

    def abandon(self):
        """The tab goes away while the run works: cancel it, call nothing back, keep it alive to its end."""
        self.cancel()
        self._disconnect()
        ABANDONED_RUNS.append(self)

        def release(*_args):
            if self in ABANDONED_RUNS:
                ABANDONED_RUNS.remove(self)

        self.task.taskCompleted.connect(release)
        self.task.taskTerminated.connect(release)
