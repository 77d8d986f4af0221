"""A thin table model over the audit rows a search returned."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from pgp_desk.domain.dates import format_date_time
from pgp_desk.services.audit.audit_log import AuditRow
from pgp_desk.ui.audit.field_words import FIELDS
from pgp_desk.ui.i18n import translate
from pgp_desk.ui.widgets.model_index import Index


def _headers() -> list[str]:
    return [translate("AuditEventsModel", "When"), translate("AuditEventsModel", "Person"),
            translate("AuditEventsModel", "Workstation"),
            translate("AuditEventsModel", "Action"), translate("AuditEventsModel", "Record"),
            translate("AuditEventsModel", "Client"),
            translate("AuditEventsModel", "Columns changed")]


def action_label(action: str) -> str:
    """The action in words; an action without a label shows as recorded."""
    return action_labels().get(action, action)


def action_labels() -> dict[str, str]:
    """Every action the services and the database's triggers record, in words."""
    return {
        "read": translate("AuditActions", "opened"),
        "list": translate("AuditActions", "listed"),
        "create": translate("AuditActions", "created"),
        "update": translate("AuditActions", "changed"),
        "delete": translate("AuditActions", "deleted"),
        "sign": translate("AuditActions", "signed"),
        "addendum": translate("AuditActions", "addendum added"),
        "archive": translate("AuditActions", "archived"),
        "unarchive": translate("AuditActions", "brought back"),
        "issue": translate("AuditActions", "given out"),
        "report": translate("AuditActions", "report made"),
        "preview": translate("AuditActions", "previewed"),
        "reprint": translate("AuditActions", "reprinted"),
        "export": translate("AuditActions", "exported"),
        "import": translate("AuditActions", "imported"),
        "erase": translate("AuditActions", "erased"),
        "audit_read": translate("AuditActions", "audit log read"),
        "refused": translate("AuditActions", "refused: not allowed for this role"),
        "audit_export": translate("AuditActions", "audit log exported"),
        "db_insert": translate("AuditActions", "saved in the database"),
        "db_update": translate("AuditActions", "changed in the database"),
        "db_delete": translate("AuditActions", "removed from the database"),
        "db_truncate": translate("AuditActions", "table emptied in the database"),
        "search": translate("AuditActions", "searched"),
        "import_check": translate("AuditActions", "import checked"),
        "demo": translate("AuditActions", "demo data made"),
        "demo_started": translate("AuditActions", "demo fill started"),
        "demo_ready": translate("AuditActions", "demo fill finished"),
        "sign_in": translate("AuditActions", "signed in"),
        "sign_in_refused": translate("AuditActions", "sign-in refused"),
        "set_password": translate("AuditActions", "password set"),
        "recover": translate("AuditActions", "recovery code used"),
        "activate": translate("AuditActions", "activated"),
        "deactivate": translate("AuditActions", "deactivated"),
        "enable": translate("AuditActions", "enabled"),
        "disable": translate("AuditActions", "disabled"),
        "photo": translate("AuditActions", "photo added"),
        "remove_photo": translate("AuditActions", "photo removed"),
        "retire": translate("AuditActions", "retired"),
        "unretire": translate("AuditActions", "taken back into use"),
    }


def entity_label(entity: str) -> str:
    """What was touched, in words; an unknown name shows as recorded."""
    return entity_labels().get(entity, entity)


def entity_labels() -> dict[str, str]:
    """The services' record names and the database's tables (events of the database's own
    triggers name the table), in words."""
    return {
        "client": translate("AuditEntities", "client"),
        "episode": translate("AuditEntities", "pregnancy"),
        "assessment": translate("AuditEntities", "assessment"),
        "assessment_addendum": translate("AuditEntities", "addendum"),
        "red_flags": translate("AuditEntities", "red flags"),
        "pain_maps": translate("AuditEntities", "pain maps"),
        "progress": translate("AuditEntities", "progress"),
        "programme": translate("AuditEntities", "programme"),
        "programme_item": translate("AuditEntities", "programme exercise"),
        "programme_template": translate("AuditEntities", "programme template"),
        "handout": translate("AuditEntities", "handout"),
        "issued_handout": translate("AuditEntities", "handout"),
        "exercise": translate("AuditEntities", "exercise"),
        "clinic_exercise": translate("AuditEntities", "clinic exercise"),
        "retired_exercise": translate("AuditEntities", "retired exercise"),
        "instrument": translate("AuditEntities", "questionnaire"),
        "clinic_instrument": translate("AuditEntities", "questionnaire"),
        "clinic": translate("AuditEntities", "clinic settings"),
        "person": translate("AuditEntities", "person"),
        "app_user": translate("AuditEntities", "person"),
        "audit_event": translate("AuditEntities", "audit log"),
        "audit_seal": translate("AuditEntities", "audit log seal"),
        "client_search_token": translate("AuditEntities", "search index"),
        "demo": translate("AuditEntities", "demo clinic"),
    }


def field_labels() -> dict[str, str]:
    """Every column an update may name among its changed fields, in words."""
    return {column: translate("AuditFields", str(text)) for column, text in FIELDS.items()}


def fields_text(fields: tuple[str, ...]) -> str:
    """The changed fields in words, each once, in the order recorded (several columns can
    share one word: the three search columns are "search index")."""
    labels = field_labels()
    return ", ".join(dict.fromkeys(labels.get(field, field) for field in fields))


class AuditEventsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AuditRow] = []

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        entity = entity_label(row.entity)
        record = entity if row.entity_id is None else f"{entity} {row.entity_id}"
        values = [format_date_time(row.at), row.person, row.workstation,
                  action_label(row.action), record,
                  "" if row.client_id is None else str(row.client_id),
                  fields_text(row.fields)]
        return values[index.column()]
