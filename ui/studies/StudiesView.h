// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Ids.h"
#include "core/edit/SetStudyField.h"
#include "core/extract/SuggestionGroups.h"

#include <QSet>
#include <QWidget>

#include <map>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace stemma::ui {

class ArmEditor;
class InterventionEditor;
class OutcomeResultEditor;
class PatientEditor;
class ProjectSession;
class TaggedTextView;

/**
 * The Studies part: the list of studies; a form for the selected study's fields; its arms with
 * their interventions, its patients and outcome results, with editors for an intervention's typed
 * attributes and a patient's fields; a Suggestions panel that runs the
 * extractor over the text of the study's references, where Accept stores the value with a tag
 * span and an evidence link and Reject hides it; and the source text, in which clicking a value
 * with a linked span highlights where it came from. Every change is an undoable edit.
 */
class StudiesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudiesView)

public:
    /** One suggested value with every place the study's texts mention it. */
    using Pending = core::extract::GroupedSuggestion;

    explicit StudiesView(ProjectSession& session, QWidget* parent = nullptr);
    ~StudiesView() override;

    QListWidget* studyList() const { return m_studies; }
    QTreeWidget* structureTree() const { return m_structure; }
    QTableWidget* suggestionTable() const { return m_suggestions; }
    TaggedTextView* sourceView() const { return m_source; }
    QLineEdit* fieldEditor(core::edit::StudyField field) const;
    /** The design combo: readable names, the stored code as item data. */
    QComboBox* designBox() const { return m_design; }
    /** The study's reports, first (primary) report first. */
    QListWidget* referenceList() const { return m_references; }
    InterventionEditor* interventionEditor() const { return m_interventionEditor; }
    ArmEditor* armEditor() const { return m_armEditor; }
    OutcomeResultEditor* resultEditor() const { return m_resultEditor; }
    PatientEditor* patientEditor() const { return m_patientEditor; }
    /**
     * Selects the tree row of \a entity ("arm", "intervention", "patient", "outcome_result") \a id
     * as a click would: its editor opens and the text its value came from is highlighted.
     */
    bool selectItem(const QString& entity, qint64 id);

    void selectStudy(core::StudyId id);
    core::StudyId currentStudy() const { return m_study; }
    /** Adds a study citing \a reference (when valid) and selects it. */
    bool addStudy(const QString& label, core::ReferenceId reference = {});
    bool addArm(const QString& label, std::optional<int> size = std::nullopt);
    /** Adds what the target arm received; false without a target arm. */
    bool addIntervention(core::InterventionFamily family, const QString& description = {});
    bool addPatient(const QString& label);
    /**
     * Adds an empty result of the measure coded \a code (the catalogue's first when unknown) to
     * the selected patient, the selected result's arm or patient, or the target arm, and opens it
     * in the result editor; false when there is nothing to add it to.
     */
    bool addOutcomeResult(const QString& code = {});
    /** The arm new outcome results and interventions go to: the one selected in the tree. */
    void setTargetArm(core::ArmId arm);
    core::ArmId targetArm() const { return m_targetArm; }
    bool setField(core::edit::StudyField field, const QString& value);
    /** Links another report (a follow-up, an abstract) to the study as an undoable step. */
    bool linkReference(core::ReferenceId reference);
    bool unlinkReference(core::ReferenceId reference);

    const std::vector<Pending>& pending() const { return m_pending; }
    /**
     * Stores suggestion \a row as one undoable step: the value, a tag span for each place it was
     * read and the links. Intervention attributes fill the target arm's intervention of their
     * family (HSCT for mobilisation, conditioning, CD34 selection and ATG), adding one only when
     * the arm has none; a patient's age, sex, disease duration, prior therapy and subtype go to
     * the selected patient, or to the patient of a case report (added when it has none).
     */
    bool accept(int row);
    void reject(int row);

signals:
    void openReferenceRequested(core::ReferenceId id);

private:
    void reloadStudies();
    void reloadStudy();
    void runExtractor();
    void fillSuggestions();
    void showEvidence(const QString& entity, qint64 id);
    void showEditor(const QString& entity, qint64 id);
    /** "reference/field/start/end" of every tagged span of \a references that a stored value links to. */
    QSet<QString> linkedPlaces(const QList<core::ReferenceId>& references);
    /** The patient patient-level suggestions go to; adds one to a case report that has none. */
    core::PatientId patientForSuggestion();

    ProjectSession& m_session;
    QListWidget* m_studies = nullptr;
    std::map<core::edit::StudyField, QLineEdit*> m_editors;
    QTreeWidget* m_structure = nullptr;
    QTableWidget* m_suggestions = nullptr;
    TaggedTextView* m_source = nullptr;
    QStackedWidget* m_editorStack = nullptr;
    InterventionEditor* m_interventionEditor = nullptr;
    PatientEditor* m_patientEditor = nullptr;
    ArmEditor* m_armEditor = nullptr;
    OutcomeResultEditor* m_resultEditor = nullptr;
    QComboBox* m_design = nullptr;
    QListWidget* m_references = nullptr;
    core::StudyId m_study;
    QString m_selectedEntity; ///< the tree row to keep selected across reloads
    qint64 m_selectedId = 0;
    core::ArmId m_targetArm;
    std::vector<Pending> m_pending;
    bool m_reloading = false;
};

} // namespace stemma::ui
