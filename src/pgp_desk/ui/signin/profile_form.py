"""The fields of a person's profile, with errors under them: the first administrator's
window and the People window use the same form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from pgp_desk.domain.people import ADMIN, ROLES, SECRETARY, THERAPIST
from pgp_desk.services.errors import FieldError
from pgp_desk.services.people import people
from pgp_desk.ui.signin.names import add_professions, role_name
from pgp_desk.ui.widgets.form import ErrorForm


class ProfileForm(ErrorForm):
    """``first_administrator``: the roles are administrator, and therapist when ticked;
    otherwise one box per role. ``with_password``: a new password, typed twice."""

    def __init__(self, profile: people.Profile | None = None, first_administrator: bool = False,
                 with_password: bool = True) -> None:
        super().__init__()
        self.first_administrator = first_administrator
        self.full_name = QLineEdit(profile.full_name if profile else "")
        self.username = QLineEdit(profile.username if profile else "")
        self.profession = add_professions(QComboBox())
        if profile is not None and profile.profession:
            self.profession.setCurrentIndex(max(self.profession.findData(profile.profession), 0))
        self.authorisation_id = QLineEdit(profile.authorisation_id if profile else "")
        self.authorisation_id.setPlaceholderText(QCoreApplication.translate(
            "ProfileForm", "e.g. 0C25Q or HPR number 9144889"))
        for name, widget in (("fullName", self.full_name), ("userName", self.username),
                             ("authorisationId", self.authorisation_id)):
            widget.setObjectName(name)
        self.add("full_name", QCoreApplication.translate(
            "ProfileForm", "Full name"), self.full_name)
        self.add("username", QCoreApplication.translate("ProfileForm", "User name"), self.username)
        self.add("profession", QCoreApplication.translate(
            "ProfileForm", "Profession"), self.profession)
        self.add("authorisation_id", QCoreApplication.translate(
            "ProfileForm", "Authorisation ID / HPR number"), self.authorisation_id)
        self.role_boxes: dict[str, QCheckBox] = {}
        if first_administrator:
            self.also_therapist = QCheckBox(QCoreApplication.translate(
                "ProfileForm", "She also treats clients (therapist)"))
            self.also_therapist.setChecked(True)
            self.add("roles", QCoreApplication.translate(
                "ProfileForm", "Roles"), self.also_therapist)
        else:
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            for role in ROLES:
                box = QCheckBox(role_name(role))
                box.setObjectName(f"role_{role}")
                box.setChecked(profile is not None and role in profile.roles)
                self.role_boxes[role] = box
                layout.addWidget(box)
            layout.addStretch(1)
            self.add("roles", QCoreApplication.translate("ProfileForm", "Roles"), row)
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        if with_password:
            self.password.setObjectName("password")
            self.repeat.setObjectName("repeatPassword")
            for widget in (self.password, self.repeat):
                widget.setEchoMode(QLineEdit.EchoMode.Password)
            self.add("password", QCoreApplication.translate("ProfileForm", "Password"),
                     self.password)
            self.add("repeat", QCoreApplication.translate("ProfileForm", "Password again"),
                     self.repeat)
        self.with_password = with_password

    def profile(self) -> people.Profile:
        profession = self.profession.currentData()
        if self.first_administrator:
            roles: tuple[str, ...] = (ADMIN, THERAPIST) if self.also_therapist.isChecked() \
                else (ADMIN, SECRETARY) if profession == "secretary" else (ADMIN,)
        else:
            roles = tuple(r for r, box in self.role_boxes.items() if box.isChecked())
        return people.Profile(self.username.text().strip().lower(),
                              self.full_name.text().strip(), profession,
                              self.authorisation_id.text().strip(), roles)

    def check(self) -> list[FieldError]:
        """What is wrong before anything is sent: the profile and, if asked, the password."""
        errors = people.validate_profile(self.profile())
        if self.with_password:
            errors += people.validate_password(self.password.text())
            if self.password.text() != self.repeat.text():
                errors.append(FieldError("repeat", "password_mismatch",
                                         "the passwords differ"))
        return errors

    def clear_passwords(self) -> None:
        self.password.clear()
        self.repeat.clear()
