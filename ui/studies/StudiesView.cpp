// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/studies/StudiesView.h"

#include "core/ReviewProject.h"
#include "core/db/CodebookRepository.h"
#include "core/db/OutcomeRepository.h"
#include "core/db/PatientRepository.h"
#include "core/db/ReferenceRepository.h"
#include "core/db/StudyRepository.h"
#include "core/edit/AddArm.h"
#include "core/edit/AddIntervention.h"
#include "core/edit/AddOutcomeResult.h"
#include "core/edit/AddPatient.h"
#include "core/edit/AddStudy.h"
#include "core/edit/LinkStudyReference.h"
#include "core/extract/DesignHint.h"
#include "ui/ProjectSession.h"
#include "ui/evidence/TaggedTextView.h"
#include "ui/studies/ArmEditor.h"
#include "ui/studies/InterventionEditor.h"
#include "ui/studies/OutcomeResultEditor.h"
#include "ui/studies/OutcomeResultText.h"
#include "ui/studies/PatientEditor.h"
#include "ui/studies/ReferencePicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>

namespace stemma::ui {
namespace {

using core::edit::StudyField;

constexpr int ENTITY_ROLE = Qt::UserRole;
constexpr int ID_ROLE = Qt::UserRole + 1;

} // namespace

StudiesView::StudiesView(ProjectSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_studies = new QListWidget(this);
    m_studies->setObjectName(QStringLiteral("studyList"));
    auto* addStudyButton = new QPushButton(tr("Add Study"), this);
    connect(addStudyButton, &QPushButton::clicked, this, [this] {
        const QString label = QInputDialog::getText(this, tr("Add Study"), tr("Label:"));
        if (!label.trimmed().isEmpty())
            addStudy(label);
    });
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_studies);
    leftLayout->addWidget(addStudyButton);

    auto* form = new QFormLayout;
    const std::vector<std::pair<StudyField, QString>> fields = {
        {StudyField::Label, tr("Label")},
        {StudyField::Title, tr("Title")},
        {StudyField::Disease, tr("Disease")},
        {StudyField::DiseaseSubtype, tr("Subtype")},
        {StudyField::Country, tr("Country")},
        {StudyField::PatientCount, tr("Patients")},
        {StudyField::FollowUpMonths, tr("Follow-up (months)")},
        {StudyField::EvidenceLevel, tr("Level of evidence")},
        {StudyField::Registration, tr("Registration")},
    };
    for (const auto& [field, label] : fields) {
        auto* editor = new QLineEdit(this);
        editor->setObjectName(QStringLiteral("study_") + core::edit::SetStudyField::linkName(field));
        connect(editor, &QLineEdit::editingFinished, this, [this, field = field, editor] {
            if (!m_reloading && m_study.isValid())
                setField(field, editor->text());
        });
        m_editors[field] = editor;
        form->addRow(label, editor);
        if (field == StudyField::Title) {
            // The design is a fixed vocabulary: a combo with readable names stores its code.
            m_design = new QComboBox(this);
            m_design->setObjectName(QStringLiteral("study_design"));
            for (int i = 0; i <= int(core::StudyDesign::GreyLiterature); ++i) {
                const auto design = core::StudyDesign(i);
                m_design->addItem(design == core::StudyDesign::Unknown ? tr("Not yet classified") : displayName(design),
                                  toString(design));
            }
            connect(m_design, &QComboBox::activated, this, [this](int index) {
                if (!m_reloading && m_study.isValid())
                    setField(StudyField::Design, m_design->itemData(index).toString());
            });
            form->addRow(tr("Design"), m_design);
        }
    }
    m_editors[StudyField::EvidenceLevel]->setPlaceholderText(tr("e.g. 1b (Oxford CEBM)"));

    // The reports of the study: a trial's main paper, its follow-ups and congress abstracts.
    m_references = new QListWidget(this);
    m_references->setObjectName(QStringLiteral("studyReferenceList"));
    m_references->setMaximumHeight(52);
    m_references->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_references->setTextElideMode(Qt::ElideRight);
    auto* linkButton = new QPushButton(tr("Link Reference…"), this);
    linkButton->setObjectName(QStringLiteral("linkReferenceButton"));
    connect(linkButton, &QPushButton::clicked, this, [this] {
        if (!m_study.isValid())
            return;
        ReferencePicker picker(m_session.project(), this);
        if (picker.exec() == QDialog::Accepted && picker.chosen().isValid())
            linkReference(picker.chosen());
    });
    auto* unlinkButton = new QPushButton(tr("Unlink"), this);
    unlinkButton->setObjectName(QStringLiteral("unlinkReferenceButton"));
    connect(unlinkButton, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem* item = m_references->currentItem())
            unlinkReference(core::ReferenceId(item->data(Qt::UserRole).toLongLong()));
    });
    connect(m_references, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        m_source->showReference(core::ReferenceId(item->data(Qt::UserRole).toLongLong()));
    });
    auto* referenceButtons = new QVBoxLayout;
    referenceButtons->addWidget(linkButton);
    referenceButtons->addWidget(unlinkButton);
    referenceButtons->addStretch();
    auto* referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_references, 1);
    referenceRow->addLayout(referenceButtons);
    form->addRow(tr("Reports"), referenceRow);

    m_structure = new QTreeWidget(this);
    m_structure->setObjectName(QStringLiteral("studyStructureTree"));
    m_structure->setHeaderLabels({tr("Item"), tr("Value")});
    connect(m_structure, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item || m_reloading)
            return;
        const QString entity = item->data(0, ENTITY_ROLE).toString();
        const qint64 id = item->data(0, ID_ROLE).toLongLong();
        m_selectedEntity = entity;
        m_selectedId = id;
        if (entity == QLatin1String("arm"))
            m_targetArm = core::ArmId(id);
        else if (entity == QLatin1String("intervention") && item->parent())
            m_targetArm = core::ArmId(item->parent()->data(0, ID_ROLE).toLongLong());
        showEditor(entity, id);
        showEvidence(entity, id);
    });
    auto* addArmButton = new QPushButton(tr("Add Arm"), this);
    connect(addArmButton, &QPushButton::clicked, this, [this] {
        const QString label = QInputDialog::getText(this, tr("Add Arm"), tr("Label:"));
        if (!label.trimmed().isEmpty())
            addArm(label);
    });

    auto* addInterventionButton = new QPushButton(tr("Add Intervention"), this);
    connect(addInterventionButton, &QPushButton::clicked, this, [this] {
        QStringList names;
        const std::vector<core::InterventionFamily> families = {core::InterventionFamily::Msc,
                                                                core::InterventionFamily::Hsct,
                                                                core::InterventionFamily::MscExtracellularVesicles,
                                                                core::InterventionFamily::Immunosuppressant,
                                                                core::InterventionFamily::Placebo,
                                                                core::InterventionFamily::Other};
        for (const auto family : families)
            names << displayName(family);
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Add Intervention"), tr("Family:"), names, 0, false, &ok);
        if (ok)
            addIntervention(families[size_t(names.indexOf(chosen))]);
    });
    auto* addPatientButton = new QPushButton(tr("Add Patient"), this);
    connect(addPatientButton, &QPushButton::clicked, this, [this] {
        const QString label = QInputDialog::getText(this, tr("Add Patient"), tr("Label:"));
        if (!label.trimmed().isEmpty())
            addPatient(label);
    });
    auto* structureButtons = new QHBoxLayout;
    structureButtons->addWidget(addArmButton);
    structureButtons->addWidget(addInterventionButton);
    structureButtons->addWidget(addPatientButton);
    auto* addResultButton = new QPushButton(tr("Add Result"), this);
    addResultButton->setObjectName(QStringLiteral("addResultButton"));
    addResultButton->setToolTip(tr("Add an outcome result to the selected arm or patient"));
    connect(addResultButton, &QPushButton::clicked, this, [this] { addOutcomeResult(); });
    structureButtons->addWidget(addResultButton);
    structureButtons->addStretch();

    m_interventionEditor = new InterventionEditor(session, this);
    m_patientEditor = new PatientEditor(session, this);
    m_armEditor = new ArmEditor(session, this);
    m_resultEditor = new OutcomeResultEditor(session, this);
    connect(m_resultEditor, &OutcomeResultEditor::showSourceRequested, this, [this](core::SpanId id) {
        auto span = m_session.project().codebook().span(id);
        if (!span)
            return;
        m_source->showReference(span->reference);
        m_source->selectRange(span->field, span->start, span->end);
    });
    m_editorStack = new QStackedWidget(this);
    m_editorStack->setObjectName(QStringLiteral("studyItemEditorStack"));
    auto* noEditor = new QLabel(tr("Select an arm, an intervention, a patient or a result to edit it."), m_editorStack);
    noEditor->setWordWrap(true);
    noEditor->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_editorStack->addWidget(noEditor);
    m_editorStack->addWidget(m_interventionEditor);
    m_editorStack->addWidget(m_patientEditor);
    m_editorStack->addWidget(m_armEditor);
    m_editorStack->addWidget(m_resultEditor);

    auto* structureBox = new QWidget(this);
    auto* structureLayout = new QVBoxLayout(structureBox);
    structureLayout->setContentsMargins(0, 0, 0, 0);
    structureLayout->addWidget(m_structure);
    structureLayout->addLayout(structureButtons);
    auto* structureSplitter = new QSplitter(Qt::Vertical, this);
    structureSplitter->addWidget(structureBox);
    // The result form is tall; scrolling it keeps the tree readable on a laptop screen.
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setObjectName(QStringLiteral("studyItemEditorScroll"));
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editorStack);
    structureSplitter->addWidget(editorScroll);
    structureSplitter->setStretchFactor(0, 3);
    structureSplitter->setStretchFactor(1, 2);
    // Only the page on show asks for room, so the short hint page does not get the result form's height.
    const auto fitToPage = [this](int current) {
        for (int i = 0; i < m_editorStack->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_editorStack->widget(i)->setSizePolicy(policy, policy);
        }
        m_editorStack->adjustSize();
    };
    connect(m_editorStack, &QStackedWidget::currentChanged, this, fitToPage);
    fitToPage(m_editorStack->currentIndex());

    auto* middle = new QWidget(this);
    auto* middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addLayout(form);
    middleLayout->addWidget(structureSplitter, 1);

    m_suggestions = new QTableWidget(0, 4, this);
    m_suggestions->setObjectName(QStringLiteral("suggestionTable"));
    m_suggestions->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Measure / unit"), tr("Text")});
    m_suggestions->horizontalHeader()->setStretchLastSection(true);
    m_suggestions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_suggestions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_suggestions, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row < 0 || row >= int(m_pending.size()))
            return;
        const core::extract::Occurrence& first = m_pending[size_t(row)].occurrences.front();
        m_source->showReference(first.reference);
        m_source->selectRange(first.field, first.start, first.end);
    });
    auto* acceptButton = new QPushButton(tr("Accept"), this);
    acceptButton->setObjectName(QStringLiteral("acceptSuggestionButton"));
    connect(acceptButton, &QPushButton::clicked, this, [this] { accept(m_suggestions->currentRow()); });
    auto* rejectButton = new QPushButton(tr("Reject"), this);
    connect(rejectButton, &QPushButton::clicked, this, [this] { reject(m_suggestions->currentRow()); });
    auto* suggestionButtons = new QHBoxLayout;
    suggestionButtons->addWidget(acceptButton);
    suggestionButtons->addWidget(rejectButton);
    suggestionButtons->addStretch();
    m_source = new TaggedTextView(session, this);

    auto* right = new QSplitter(Qt::Vertical, this);
    auto* suggestionsBox = new QWidget(this);
    auto* suggestionsLayout = new QVBoxLayout(suggestionsBox);
    suggestionsLayout->setContentsMargins(0, 0, 0, 0);
    suggestionsLayout->addWidget(m_suggestions);
    suggestionsLayout->addLayout(suggestionButtons);
    right->addWidget(suggestionsBox);
    right->addWidget(m_source);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    // The study list needs little room; the form, the tree and the source text need most of it.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({220, 640, 640});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_studies, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_reloading || row < 0)
            return;
        m_study = core::StudyId(m_studies->item(row)->data(Qt::UserRole).toLongLong());
        m_targetArm = {};
        m_selectedEntity.clear();
        m_selectedId = 0;
        reloadStudy();
        runExtractor();
    });
    connect(&m_session, &ProjectSession::studyChanged, this, [this](qint64 study) {
        reloadStudies();
        if (study == m_study.value)
            reloadStudy();
    });
    // The open study shows its references' text with the spans tagged in it.
    const auto reloadAll = [this] {
        reloadStudies();
        reloadStudy();
    };
    connect(&m_session, &ProjectSession::referencesChanged, this, reloadAll);
    connect(&m_session, &ProjectSession::evidenceChanged, this, reloadAll);
    connect(&m_session, &ProjectSession::codebookChanged, this, reloadAll);
    connect(&m_session, &ProjectSession::reloaded, this, reloadAll);
    reloadStudies();
    // Open on the first study rather than an empty form.
    if (m_studies->count() > 0)
        m_studies->setCurrentRow(0);
}

StudiesView::~StudiesView() = default;

QLineEdit* StudiesView::fieldEditor(StudyField field) const
{
    auto it = m_editors.find(field);
    return it == m_editors.end() ? nullptr : it->second;
}

void StudiesView::reloadStudies()
{
    m_reloading = true;
    m_studies->clear();
    int current = -1;
    if (auto studies = m_session.project().studies().list()) {
        for (const core::Study& study : *studies) {
            auto* item = new QListWidgetItem(study.label.isEmpty() ? tr("(unlabelled)") : study.label, m_studies);
            item->setData(Qt::UserRole, study.id.value);
            if (study.id == m_study)
                current = m_studies->count() - 1;
        }
    }
    m_studies->setCurrentRow(current);
    if (current < 0)
        m_study = {};
    m_reloading = false;
}

void StudiesView::selectStudy(core::StudyId id)
{
    for (int row = 0; row < m_studies->count(); ++row)
        if (m_studies->item(row)->data(Qt::UserRole).toLongLong() == id.value) {
            m_studies->setCurrentRow(row);
            return;
        }
}

void StudiesView::reloadStudy()
{
    m_reloading = true;
    m_structure->clear();
    auto& project = m_session.project();
    auto study = m_study.isValid() ? project.studies().get(m_study) : core::Result<core::Study>(core::Error{});
    for (auto& [field, editor] : m_editors) {
        editor->setText(study ? core::edit::SetStudyField::value(*study, field) : QString());
        editor->setCursorPosition(0); // show the start of long values, not their end
    }
    m_design->setCurrentIndex(std::max(0, m_design->findData(study ? toString(study->design) : QString())));
    m_design->setEnabled(bool(study));
    m_references->clear();
    if (study)
        for (const core::ReferenceId referenceId : study->references) {
            auto reference = project.references().get(referenceId);
            QString text = reference ? reference->title : tr("Reference %1").arg(referenceId.value);
            if (reference && reference->year)
                text = tr("%1 (%2)").arg(text).arg(*reference->year);
            auto* item = new QListWidgetItem(text, m_references);
            item->setData(Qt::UserRole, referenceId.value);
            item->setToolTip(text);
        }
    if (!study) {
        showEditor(QString(), 0);
        m_reloading = false;
        return;
    }
    auto* studyItem = new QTreeWidgetItem(m_structure, {tr("Study"), study->label});
    studyItem->setData(0, ENTITY_ROLE, QStringLiteral("study"));
    studyItem->setData(0, ID_ROLE, m_study.value);
    QTreeWidgetItem* targetItem = nullptr;
    QTreeWidgetItem* selectedItem = nullptr;
    // Results sit under the arm or patient they belong to, so same-named rows of two arms stay apart.
    QHash<qint64, QTreeWidgetItem*> armItems;
    QHash<qint64, QTreeWidgetItem*> patientItems;
    const auto remember = [&](QTreeWidgetItem* item) {
        if (!m_selectedEntity.isEmpty() && item->data(0, ENTITY_ROLE).toString() == m_selectedEntity &&
            item->data(0, ID_ROLE).toLongLong() == m_selectedId)
            selectedItem = item;
    };
    remember(studyItem);
    if (auto arms = project.studies().arms(m_study)) {
        for (const core::Arm& arm : *arms) {
            auto* armItem = new QTreeWidgetItem(
                m_structure, {tr("Arm %1").arg(arm.label), arm.size ? tr("n = %1").arg(*arm.size) : QString()});
            armItem->setData(0, ENTITY_ROLE, QStringLiteral("arm"));
            armItem->setData(0, ID_ROLE, arm.id.value);
            armItems.insert(arm.id.value, armItem);
            if (arm.id == m_targetArm)
                targetItem = armItem;
            remember(armItem);
            if (auto interventions = project.studies().interventions(arm.id))
                for (const core::Intervention& intervention : *interventions) {
                    QStringList details;
                    if (intervention.mscSource != core::MscSource::Unknown)
                        details << displayName(intervention.mscSource);
                    if (intervention.donor != core::DonorType::Unknown)
                        details << displayName(intervention.donor);
                    if (intervention.cellsPerKg)
                        details << tr("%1 cells/kg").arg(*intervention.cellsPerKg);
                    if (intervention.infusions)
                        details << tr("%n infusion(s)", nullptr, *intervention.infusions);
                    if (!intervention.conditioning.isEmpty())
                        details << intervention.conditioning;
                    auto* item = new QTreeWidgetItem(
                        armItem, {displayName(intervention.family), details.join(QStringLiteral("; "))});
                    item->setData(0, ENTITY_ROLE, QStringLiteral("intervention"));
                    item->setData(0, ID_ROLE, intervention.id.value);
                    remember(item);
                }
        }
    }
    if (auto patients = project.patients().list(m_study))
        for (const core::Patient& patient : *patients) {
            QStringList details;
            if (patient.ageYears)
                details << tr("%1 y").arg(*patient.ageYears);
            if (patient.sex != core::Sex::Unknown)
                details << toString(patient.sex);
            if (!patient.diseaseSubtype.isEmpty())
                details << patient.diseaseSubtype;
            auto* item = new QTreeWidgetItem(m_structure,
                                             {tr("Patient %1").arg(patient.label), details.join(QStringLiteral(", "))});
            item->setData(0, ENTITY_ROLE, QStringLiteral("patient"));
            item->setData(0, ID_ROLE, patient.id.value);
            patientItems.insert(patient.id.value, item);
            remember(item);
        }
    auto measures = project.outcomes().measures();
    if (auto results = project.outcomes().resultsForStudy(m_study)) {
        for (const core::OutcomeResult& result : *results) {
            QString code;
            if (measures)
                for (const auto& measure : *measures)
                    if (measure.id == result.measure)
                        code = measure.code;
            const QString value = outcomeResultText(result);
            QString timepoint = result.timepointText;
            if (timepoint.isEmpty() && result.timepointMonths)
                timepoint = tr("%1 mo").arg(*result.timepointMonths);
            const QStringList columns{tr("%1 %2").arg(code, timepoint).trimmed(), value};
            QTreeWidgetItem* parentItem = patientItems.value(result.patient.value, armItems.value(result.arm.value));
            auto* item =
                parentItem ? new QTreeWidgetItem(parentItem, columns) : new QTreeWidgetItem(m_structure, columns);
            item->setData(0, ENTITY_ROLE, QStringLiteral("outcome_result"));
            item->setData(0, ID_ROLE, result.id.value);
            if (result.sourceSpan.isValid())
                item->setIcon(0, style()->standardIcon(QStyle::SP_FileLinkIcon));
            remember(item);
        }
    }
    m_structure->expandAll();
    m_structure->resizeColumnToContents(0);
    if (QTreeWidgetItem* current = selectedItem ? selectedItem : targetItem)
        m_structure->setCurrentItem(current);
    if (!selectedItem) {
        m_selectedEntity = targetItem ? QStringLiteral("arm") : QString();
        m_selectedId = targetItem ? m_targetArm.value : 0;
    }
    showEditor(m_selectedEntity, m_selectedId);
    m_reloading = false;
}

void StudiesView::showEditor(const QString& entity, qint64 id)
{
    if (entity == QLatin1String("intervention")) {
        m_interventionEditor->setIntervention(core::InterventionId(id));
        m_editorStack->setCurrentWidget(m_interventionEditor);
    } else if (entity == QLatin1String("patient")) {
        m_patientEditor->setPatient(core::PatientId(id));
        m_editorStack->setCurrentWidget(m_patientEditor);
    } else if (entity == QLatin1String("arm")) {
        m_armEditor->setArm(core::ArmId(id));
        m_editorStack->setCurrentWidget(m_armEditor);
    } else if (entity == QLatin1String("outcome_result")) {
        m_resultEditor->setResult(core::OutcomeResultId(id));
        m_editorStack->setCurrentWidget(m_resultEditor);
    } else {
        m_editorStack->setCurrentIndex(0);
    }
}

bool StudiesView::selectItem(const QString& entity, qint64 id)
{
    for (QTreeWidgetItemIterator it(m_structure); *it; ++it)
        if ((*it)->data(0, ENTITY_ROLE).toString() == entity && (*it)->data(0, ID_ROLE).toLongLong() == id) {
            if (m_structure->currentItem() == *it) {
                // Already selected: show its source again, as a second click would.
                showEditor(entity, id);
                showEvidence(entity, id);
            }
            m_structure->setCurrentItem(*it);
            return true;
        }
    return false;
}

void StudiesView::showEvidence(const QString& entity, qint64 id)
{
    auto links = m_session.project().codebook().linksFor(entity, id);
    if (!links || links->empty())
        return;
    auto span = m_session.project().codebook().span(links->front().span);
    if (!span)
        return;
    m_source->showReference(span->reference);
    m_source->selectRange(span->field, span->start, span->end);
}

bool StudiesView::addStudy(const QString& label, core::ReferenceId reference)
{
    core::Study study;
    study.label = label.trimmed();
    if (reference.isValid()) {
        study.references = {reference};
        // The reference's publication types ("Randomized Controlled Trial", "Case Reports") suggest the design.
        if (auto source = m_session.project().references().get(reference))
            study.design = core::extract::designHint(*source);
    }
    auto added = m_session.push(std::make_unique<core::edit::AddStudy>(study));
    if (!added)
        return false;
    m_study = core::StudyId(added->createdId(core::edit::EntityKind::Study));
    reloadStudies();
    reloadStudy();
    runExtractor();
    return true;
}

bool StudiesView::addArm(const QString& label, std::optional<int> size)
{
    if (!m_study.isValid())
        return false;
    auto added = m_session.push(
        std::make_unique<core::edit::AddArm>(core::Arm{core::ArmId(), m_study, label.trimmed(), size, {}}));
    if (!added)
        return false;
    setTargetArm(core::ArmId(added->createdId(core::edit::EntityKind::Arm)));
    return true;
}

bool StudiesView::addIntervention(core::InterventionFamily family, const QString& description)
{
    if (!m_targetArm.isValid())
        return false;
    core::Intervention intervention;
    intervention.arm = m_targetArm;
    intervention.family = family;
    intervention.description = description;
    auto added = m_session.push(std::make_unique<core::edit::AddIntervention>(intervention));
    if (!added)
        return false;
    // Open the new intervention in its editor: its typed attributes are what the reviewer fills next.
    m_selectedEntity = QStringLiteral("intervention");
    m_selectedId = added->createdId(core::edit::EntityKind::Intervention);
    reloadStudy();
    return true;
}

bool StudiesView::addOutcomeResult(const QString& code)
{
    if (!m_study.isValid())
        return false;
    auto& project = m_session.project();
    core::OutcomeResult result;
    result.study = m_study;
    if (m_selectedEntity == QLatin1String("patient") || m_selectedEntity == QLatin1String("outcome_result")) {
        // A result of a patient, or a sibling of the selected result, belongs where that one does.
        if (m_selectedEntity == QLatin1String("patient")) {
            result.patient = core::PatientId(m_selectedId);
            if (auto patient = project.patients().get(result.patient))
                result.arm = patient->arm;
        } else if (auto selected = project.outcomes().result(core::OutcomeResultId(m_selectedId))) {
            result.patient = selected->patient;
            result.arm = selected->arm;
        }
    } else {
        result.arm = m_targetArm;
    }
    if (!result.arm.isValid() && !result.patient.isValid())
        return false;
    auto measures = project.outcomes().measures();
    if (!measures || measures->empty())
        return false;
    result.measure = measures->front().id;
    for (const core::OutcomeMeasure& measure : *measures)
        if (measure.code == code)
            result.measure = measure.id;
    result.statistic = result.patient.isValid() ? core::Statistic::IndividualValue : core::Statistic::MeanSd;
    auto added = m_session.push(std::make_unique<core::edit::AddOutcomeResult>(result));
    if (!added)
        return false;
    m_selectedEntity = QStringLiteral("outcome_result");
    m_selectedId = added->createdId(core::edit::EntityKind::OutcomeResult);
    reloadStudy();
    return true;
}

bool StudiesView::addPatient(const QString& label)
{
    if (!m_study.isValid())
        return false;
    core::Patient patient;
    patient.study = m_study;
    patient.arm = m_targetArm;
    patient.label = label.trimmed();
    auto added = m_session.push(std::make_unique<core::edit::AddPatient>(patient));
    if (!added)
        return false;
    m_selectedEntity = QStringLiteral("patient");
    m_selectedId = added->createdId(core::edit::EntityKind::Patient);
    reloadStudy();
    return true;
}

void StudiesView::setTargetArm(core::ArmId arm)
{
    m_targetArm = arm;
    m_selectedEntity = QStringLiteral("arm");
    m_selectedId = arm.value;
    reloadStudy();
}

bool StudiesView::linkReference(core::ReferenceId reference)
{
    auto study = m_session.project().studies().get(m_study);
    if (!study || !reference.isValid() || study->references.contains(reference))
        return false;
    if (!m_session.push(std::make_unique<core::edit::LinkStudyReference>(m_study, reference)))
        return false;
    runExtractor(); // the new report's text has suggestions of its own
    return true;
}

bool StudiesView::unlinkReference(core::ReferenceId reference)
{
    if (!m_study.isValid() || !m_session.push(std::make_unique<core::edit::LinkStudyReference>(
                                  m_study, reference, core::edit::LinkStudyReference::Action::Unlink)))
        return false;
    runExtractor();
    return true;
}

bool StudiesView::setField(StudyField field, const QString& value)
{
    auto study = m_session.project().studies().get(m_study);
    if (!study || core::edit::SetStudyField::value(*study, field) == value.trimmed())
        return false;
    return m_session.push(std::make_unique<core::edit::SetStudyField>(m_study, field, value)).hasValue();
}

} // namespace stemma::ui
