"""The import window's work in the worker: the preview (a dry run), planning a file again after a
mapping step changed, the import, Cancel; and the state each leaves the window in, with the
line that tells a person where they are. Mixed into ImportDialog, which holds the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from mouliaison.services.exchange import ImportResult, PreparedImport, apply_import, prepare_import, replan_file
from mouliaison.services.mapping_step import SheetStep, file_choices, mapping_steps
from mouliaison.services.progress import Progress
from mouliaison.services.saved_mappings import save_mappings, with_saved
from mouliaison.ui.messages import count_text
from mouliaison.ui.worker import UNKNOWN


@dataclass
class Prepared:
    """What the worker hands back from a preview: the kept import and its plain sheets' steps."""

    prepared: PreparedImport
    steps: list[SheetStep]
    again: bool = False  # planned again after a change in a mapping step


class ImportRunning:
    """The worker's part of ImportDialog (whose widgets, worker and signals it uses)."""

    def preview(self) -> None:
        paths = self.paths()
        if self.worker.running or not paths:
            return
        self.result, self.prepared, self.steps, self.step = None, None, [], 0
        self._show(None)
        self._set_state("previewing")
        create_missing = self.create_missing.isChecked()
        trust_new_keys = self.trust_keys.isChecked()

        def prepare(progress: Progress) -> Prepared:
            prepared = prepare_import(self.db, paths, progress=progress, choices=with_saved(None),
                                      create_missing=create_missing, trust_new_keys=trust_new_keys)
            refused = prepared.preview.refused
            return Prepared(prepared, [] if refused else mapping_steps(self.db, prepared))

        self.worker.start(prepare)

    def replan(self) -> None:
        """A person changed the mapping shown: read its file again with their choices, plan again."""
        if self.worker.running or self.prepared is None or not self.steps:
            return
        prepared, step = self.prepared, self.steps[self.step]
        choices = file_choices(self.steps, step.path, {step.mapping.sheet: self.mapping_page.choices()})
        self._set_state("previewing")
        self._replanning = True

        def again(progress: Progress) -> Prepared:
            replanned = replan_file(self.db, prepared, step.path, choices, progress)
            return Prepared(replanned, mapping_steps(self.db, replanned), again=True)

        self.worker.start(again)

    def apply(self) -> None:
        prepared = self.prepared
        if self.worker.running or self.state != "previewed" or prepared is None:
            return
        self._set_state("importing")
        self.worker.start(lambda progress: apply_import(self.db, prepared, progress=progress))

    def cancel(self) -> None:
        if self.worker.running:
            self.worker.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _progress(self, what: str, done: int, total: int) -> None:
        if self.worker.cancel_requested:
            return
        if total == UNKNOWN:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("{0}: {1}").format(what, done))
        else:
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(min(done, total))
            self.progress_label.setText(self.tr("{0}: {1} of {2}").format(what, count_text(done), count_text(total)))

    def _finished(self, result: Prepared | ImportResult) -> None:
        self._replanning = False
        if isinstance(result, Prepared):
            self.prepared, self.steps = result.prepared, result.steps
            self.result = result.prepared.preview
            self._show(self.result)
            self._set_state(self._preview_state(self.result))
            if result.again and self.steps:
                self._show_page("mapping", min(self.step, len(self.steps) - 1))
                self._return_to_place()
            else:
                self._show_page("mapping" if self.steps and self.state == "previewed" else "plan")
            if self.state == "previewed":
                self.previewed.emit(self.result)
        else:
            self.result = result
            self._show(result)
            self._show_page("plan")
            self._set_state("imported")
            save_mappings(result.mappings)  # what a person confirmed, proposed again for the same layout
            self.prepared = None  # its workbooks hold every row read: let them go
            self.imported.emit(result)
        self._maybe_close()

    @staticmethod
    def _preview_state(result: ImportResult) -> str:
        if result.refused:
            return "refused"
        return "nothing_read" if result.unread else "previewed"

    def _failed(self, message: str) -> None:
        if self._replanning and self.prepared is not None:  # the earlier mapping and its plan still hold
            self._replanning = False
            self._show_page("mapping", self.step)
            self._set_state(self._preview_state(self.prepared.preview))
            self.status.setText(self.tr("That mapping cannot be used: {0}").format(message))
            self._return_to_place()
        else:
            self._set_state("failed", message)
        self._maybe_close()

    def _return_to_place(self) -> None:
        """The keyboard back on what the person changed in the mapping step, in view on the page."""
        if self.page == "mapping" and self.mapping_page.isEnabled():
            self.mapping_scroll.ensureWidgetVisible(self.mapping_page.return_to_place())

    def _cancelled(self) -> None:
        self._set_state("cancelled")
        self._maybe_close()

    def _set_state(self, state: str, message: str = "") -> None:
        previous, self.state = self.state, state
        busy = state in ("previewing", "importing")
        self.progress_box.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress_bar.setRange(0, 0)
            self.progress_label.setText(self.tr("Starting…"))
        for widget in (self.add_button, self.remove_button, self.files, self.create_missing):
            widget.setEnabled(not busy and state != "imported")
        self.mapping_page.setEnabled(not busy and state in ("previewed", "nothing_read"))
        stepping = bool(self.steps) and state not in ("imported", "importing")
        self.back_button.setVisible(stepping)
        self.next_button.setVisible(stepping)
        self.back_button.setEnabled(not busy and (self.page == "plan" or self.step > 0))
        self.next_button.setEnabled(not busy and self.page == "mapping")
        ready = state == "previewed" and self.page == "plan"
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        self.next_button.setDefault(self.page == "mapping" and not busy)
        self.close_button.setDefault(not ready and self.page != "mapping")
        self.save_button.setEnabled(not busy and self.result is not None)
        self.status.setText(self._status_text(state, previous, message))

    def _status_text(self, state: str, previous: str, message: str) -> str:
        if state == "empty":
            return self.tr("Add the workbooks to import (or drop them here). A preview shows what they would "
                           "change before anything is written.")
        if state == "previewing":
            return self.tr("Reading and checking the workbooks… Nothing is written during the preview.")
        if state == "previewed" and self.page == "mapping":
            return self.tr("Check how this plain sheet is read: its record type, its header row, what each column "
                           "becomes. A change shows its effect below. Next shows the next sheet, then the preview.")
        if state == "previewed":
            return self.tr("Preview: nothing has been written yet. Import applies these changes in one step; "
                           "if anything goes wrong, nothing is written at all.")
        if state == "nothing_read" and self.page == "mapping":
            return self.tr("Nothing could be read from a workbook that has data, so nothing can be imported. Change "
                           "how its sheets are read here (the notes below say why), or remove it from the list.")
        if state == "nothing_read":
            return self.tr("Nothing could be read from a workbook that has data, so nothing can be imported. "
                           "Change how its sheets are read (Back), or remove it from the list.")
        if state == "refused":
            return self.tr("A workbook was refused, so nothing can be imported. Remove it from the list, "
                           "or ask its sender for a new copy, then the preview runs again.")
        if state == "importing":
            return self.tr("Importing… Cancel stops it and writes nothing.")
        if state == "imported":
            assert self.result is not None
            totals = self.result.totals
            done = self.tr("Imported: {0} new, {1} changed, {2} conflicts to look at. "
                           "Save the report to keep a record of this import.").format(
                totals.get("inserted", 0), totals.get("updated", 0), totals.get("conflicts", 0))
            if self.result.replanned:
                done = self.tr("The database changed after the preview (an edit, or another import), so the "
                               "import was planned again before writing; these counts are what was written. "
                               ) + done
            return done
        if state == "cancelled":
            if previous == "importing":
                return self.tr("Import cancelled: nothing was written; the database is as it was before.")
            return self.tr("Preview cancelled: nothing was written. Add or remove a file to preview again.")
        return self.tr("The import failed, and nothing was written: {0}").format(message)
