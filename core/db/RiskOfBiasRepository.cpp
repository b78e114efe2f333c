// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/RiskOfBiasRepository.h"

#include "core/db/Database.h"
#include "core/db/RowHelpers.h"
#include "core/db/SqlTime.h"
#include "core/db/TransactionGuard.h"

namespace stemma::core::db {
namespace {

QString kindText(RobAssessmentKind kind)
{
    return kind == RobAssessmentKind::Consensus ? QStringLiteral("consensus") : QStringLiteral("independent");
}

RobAssessmentKind kindFrom(const QString& text)
{
    return text == QLatin1String("consensus") ? RobAssessmentKind::Consensus : RobAssessmentKind::Independent;
}

constexpr const char* ASSESSMENT_COLUMNS = "SELECT id, study_id, measure_id, tool_id, tool_version, kind, reviewer_id, "
                                           "illustrative, note, updated_at FROM rob_assessment ";

RobAssessment readAssessment(const Statement& row)
{
    RobAssessment a;
    a.id = RobAssessmentId(row.int64(0));
    a.study = StudyId(row.int64(1));
    a.measure = idAt<OutcomeMeasureId>(row, 2);
    a.toolId = row.text(3);
    a.toolVersion = row.text(4);
    a.kind = kindFrom(row.text(5));
    a.reviewer = ReviewerId(row.int64(6));
    a.illustrative = row.int64(7) != 0;
    a.note = row.text(8);
    a.updatedAt = fromSqlTime(row.text(9));
    return a;
}

QString now()
{
    return toSqlTime(QDateTime::currentDateTimeUtc());
}

} // namespace

RiskOfBiasRepository::RiskOfBiasRepository(Database& database)
    : m_database(database)
{
}

Result<RobAssessmentId> RiskOfBiasRepository::save(const RobAssessment& assessment)
{
    if (!assessment.study.isValid() || !assessment.reviewer.isValid() || assessment.toolId.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("an assessment needs a study, a reviewer and a tool")};
    TransactionGuard transaction(m_database);
    const char* sql = assessment.id.isValid()
                          ? "UPDATE rob_assessment SET study_id = :study, measure_id = :measure, tool_id = :tool, "
                            "tool_version = :version, kind = :kind, reviewer_id = :reviewer, "
                            "illustrative = :illustrative, note = :note, updated_at = :updated WHERE id = :id"
                          : "INSERT INTO rob_assessment (study_id, measure_id, tool_id, tool_version, kind, "
                            "reviewer_id, illustrative, note, updated_at) VALUES (:study, :measure, :tool, :version, "
                            ":kind, :reviewer, :illustrative, :note, :updated)";
    auto statement = m_database.prepare(sql);
    if (!statement)
        return statement.error();
    statement->bind(":study", assessment.study.value);
    bindId(*statement, ":measure", assessment.measure);
    statement->bind(":tool", assessment.toolId);
    statement->bind(":version", assessment.toolVersion);
    statement->bind(":kind", kindText(assessment.kind));
    statement->bind(":reviewer", assessment.reviewer.value);
    statement->bind(":illustrative", assessment.illustrative);
    statement->bindText(":note", assessment.note);
    statement->bind(":updated", now());
    if (assessment.id.isValid())
        statement->bind(":id", assessment.id.value);
    if (auto ran = statement->run(); !ran) {
        if (ran.error().code == ErrorCode::Constraint)
            return Error{ErrorCode::Constraint,
                         assessment.kind == RobAssessmentKind::Consensus
                             ? QStringLiteral("this study already has a consensus assessment with this tool")
                             : QStringLiteral("this reviewer has already assessed this study with this tool")};
        return ran.error();
    }
    const RobAssessmentId id = assessment.id.isValid() ? assessment.id : RobAssessmentId(m_database.lastInsertId());
    if (assessment.id.isValid() && m_database.changes() == 0)
        return Error{ErrorCode::NotFound, QStringLiteral("assessment %1 does not exist").arg(id.value)};
    STEMMA_TRY(writeChildren(id, assessment));
    STEMMA_TRY(transaction.commit());
    return id;
}

Result<void> RiskOfBiasRepository::writeChildren(RobAssessmentId id, const RobAssessment& assessment)
{
    for (const char* sql :
         {"DELETE FROM rob_answer WHERE assessment_id = :id", "DELETE FROM rob_judgement WHERE assessment_id = :id"}) {
        auto clear = m_database.prepare(sql);
        if (!clear)
            return clear.error();
        clear->bind(":id", id.value);
        STEMMA_TRY(clear->run());
    }
    for (const RobAnswer& answer : assessment.answers)
        STEMMA_TRY(setAnswer(id, answer));
    for (const RobJudgement& judgement : assessment.judgements)
        STEMMA_TRY(setJudgement(id, judgement));
    return {};
}

Result<RobAssessment> RiskOfBiasRepository::get(RobAssessmentId id)
{
    auto statement = m_database.prepare((QByteArray(ASSESSMENT_COLUMNS) + "WHERE id = :id").constData());
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    auto assessment =
        singleRow<RobAssessment>(*statement, readAssessment, QStringLiteral("assessment %1").arg(id.value));
    if (!assessment)
        return assessment.error();
    STEMMA_TRY(readChildren(*assessment));
    return assessment;
}

Result<std::vector<RobAssessment>> RiskOfBiasRepository::list(const RobFilter& filter)
{
    auto statement = m_database.prepare(
        (QByteArray(ASSESSMENT_COLUMNS) +
         "WHERE (:study IS NULL OR study_id = :study) AND (:reviewer IS NULL OR reviewer_id = :reviewer) "
         "AND (:kind IS NULL OR kind = :kind) "
         "ORDER BY study_id, IFNULL(measure_id, 0), tool_id, kind DESC, reviewer_id")
            .constData());
    if (!statement)
        return statement.error();
    bindId(*statement, ":study", filter.study);
    bindId(*statement, ":reviewer", filter.reviewer);
    if (filter.kind)
        statement->bind(":kind", kindText(*filter.kind));
    else
        statement->bindNull(":kind");
    auto rows = collectRows<RobAssessment>(*statement, readAssessment);
    if (!rows)
        return rows.error();
    for (RobAssessment& assessment : *rows)
        STEMMA_TRY(readChildren(assessment));
    return rows;
}

Result<void> RiskOfBiasRepository::readChildren(RobAssessment& assessment)
{
    auto answers = m_database.prepare("SELECT question_id, answer, comment, span_id FROM rob_answer "
                                      "WHERE assessment_id = :id ORDER BY question_id");
    if (!answers)
        return answers.error();
    answers->bind(":id", assessment.id.value);
    auto answerRows = collectRows<RobAnswer>(*answers, [](const Statement& row) {
        return RobAnswer{row.text(0), row.text(1), row.text(2), idAt<SpanId>(row, 3)};
    });
    if (!answerRows)
        return answerRows.error();
    assessment.answers = QList<RobAnswer>(answerRows->begin(), answerRows->end());

    auto judgements = m_database.prepare("SELECT domain_id, judgement, reason FROM rob_judgement "
                                         "WHERE assessment_id = :id ORDER BY domain_id");
    if (!judgements)
        return judgements.error();
    judgements->bind(":id", assessment.id.value);
    auto judgementRows = collectRows<RobJudgement>(*judgements, [](const Statement& row) {
        return RobJudgement{row.text(0), row.text(1), row.text(2)};
    });
    if (!judgementRows)
        return judgementRows.error();
    assessment.judgements = QList<RobJudgement>(judgementRows->begin(), judgementRows->end());
    return {};
}

Result<void> RiskOfBiasRepository::remove(RobAssessmentId id)
{
    auto statement = m_database.prepare("DELETE FROM rob_assessment WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, QStringLiteral("assessment %1").arg(id.value));
}

Result<void> RiskOfBiasRepository::setAnswer(RobAssessmentId id, const RobAnswer& answer)
{
    auto statement = m_database.prepare(
        answer.answer.isEmpty() ? "DELETE FROM rob_answer WHERE assessment_id = :id AND question_id = :question"
                                : "INSERT INTO rob_answer (assessment_id, question_id, answer, comment, span_id) "
                                  "VALUES (:id, :question, :answer, :comment, :span) "
                                  "ON CONFLICT (assessment_id, question_id) DO UPDATE SET answer = excluded.answer, "
                                  "comment = excluded.comment, span_id = excluded.span_id");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    statement->bind(":question", answer.questionId);
    if (!answer.answer.isEmpty()) {
        statement->bind(":answer", answer.answer);
        statement->bindText(":comment", answer.comment);
        bindId(*statement, ":span", answer.span);
    }
    STEMMA_TRY(statement->run());
    return touch(id);
}

Result<void> RiskOfBiasRepository::setJudgement(RobAssessmentId id, const RobJudgement& judgement)
{
    auto statement =
        m_database.prepare(judgement.judgement.isEmpty()
                               ? "DELETE FROM rob_judgement WHERE assessment_id = :id AND domain_id = :domain"
                               : "INSERT INTO rob_judgement (assessment_id, domain_id, judgement, reason) "
                                 "VALUES (:id, :domain, :judgement, :reason) "
                                 "ON CONFLICT (assessment_id, domain_id) DO UPDATE SET judgement = excluded.judgement, "
                                 "reason = excluded.reason");
    if (!statement)
        return statement.error();
    statement->bind(":id", id.value);
    statement->bind(":domain", judgement.domainId);
    if (!judgement.judgement.isEmpty()) {
        statement->bind(":judgement", judgement.judgement);
        statement->bindText(":reason", judgement.reason);
    }
    STEMMA_TRY(statement->run());
    return touch(id);
}

Result<void> RiskOfBiasRepository::touch(RobAssessmentId id)
{
    auto statement = m_database.prepare("UPDATE rob_assessment SET updated_at = :updated WHERE id = :id");
    if (!statement)
        return statement.error();
    statement->bind(":updated", now());
    statement->bind(":id", id.value);
    return runOnExisting(m_database, *statement, QStringLiteral("assessment %1").arg(id.value));
}

} // namespace stemma::core::db
