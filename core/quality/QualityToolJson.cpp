// SPDX-FileCopyrightText: 2026 Stemma contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/QualityToolJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace stemma::core::quality {

namespace {

/// Parsing state: the file's name and the place being read, for messages.
class Reader
{
public:
    explicit Reader(QString sourceName)
        : m_source(std::move(sourceName))
    {
    }

    Error fail(const QString& where, const QString& problem) const
    {
        const QString place = where.isEmpty() ? QString() : where + QStringLiteral(": ");
        return Error{ErrorCode::Parse, m_source + QStringLiteral(": ") + place + problem};
    }

    Result<QStringList> stringList(const QJsonValue& value, const QString& where, const QString& key) const
    {
        if (!value.isArray())
            return fail(where, QStringLiteral("\"%1\" must be a list of strings").arg(key));
        QStringList out;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return fail(where, QStringLiteral("\"%1\" must be a list of strings").arg(key));
            out << item.toString();
        }
        return out;
    }

    Result<Condition> condition(const QJsonValue& value, const QString& where) const
    {
        if (!value.isObject())
            return fail(where, QStringLiteral("a condition must be an object"));
        const QJsonObject object = value.toObject();
        Condition c;
        if (object.contains(QStringLiteral("all")) || object.contains(QStringLiteral("any"))) {
            const bool all = object.contains(QStringLiteral("all"));
            c.kind = all ? Condition::Kind::All : Condition::Kind::Any;
            const QJsonValue list = object.value(all ? QStringLiteral("all") : QStringLiteral("any"));
            if (!list.isArray() || list.toArray().isEmpty())
                return fail(where, QStringLiteral("\"all\"/\"any\" needs a non-empty list of conditions"));
            for (const QJsonValue& child : list.toArray()) {
                auto parsed = condition(child, where);
                if (!parsed)
                    return parsed.error();
                c.children.push_back(std::move(*parsed));
            }
            return c;
        }
        if (object.contains(QStringLiteral("not"))) {
            c.kind = Condition::Kind::Not;
            auto parsed = condition(object.value(QStringLiteral("not")), where);
            if (!parsed)
                return parsed.error();
            c.children.push_back(std::move(*parsed));
            return c;
        }
        if (object.contains(QStringLiteral("points"))) {
            c.kind = Condition::Kind::Points;
            auto questions = stringList(object.value(QStringLiteral("points")), where, QStringLiteral("points"));
            if (!questions)
                return questions.error();
            c.questions = *questions;
            if (object.contains(QStringLiteral("atLeast")))
                c.atLeast = object.value(QStringLiteral("atLeast")).toInt();
            if (object.contains(QStringLiteral("atMost")))
                c.atMost = object.value(QStringLiteral("atMost")).toInt();
            if (!c.atLeast && !c.atMost)
                return fail(where, QStringLiteral("a \"points\" condition needs \"atLeast\" or \"atMost\""));
            return c;
        }
        static const QList<std::pair<QString, Condition::Kind>> KEYED = {
            {QStringLiteral("q"), Condition::Kind::Answer},
            {QStringLiteral("part"), Condition::Kind::Part},
            {QStringLiteral("domain"), Condition::Kind::Domain},
        };
        for (const auto& [key, kind] : KEYED) {
            if (!object.contains(key))
                continue;
            c.kind = kind;
            c.subject = object.value(key).toString();
            auto values = stringList(object.value(QStringLiteral("in")), where, QStringLiteral("in"));
            if (!values)
                return values.error();
            c.values = *values;
            return c;
        }
        for (const auto& [key, kind] : {std::pair{QStringLiteral("anyDomain"), Condition::Kind::AnyDomain},
                                        std::pair{QStringLiteral("allDomains"), Condition::Kind::AllDomains}}) {
            if (!object.contains(key))
                continue;
            c.kind = kind;
            auto values = stringList(object.value(key), where, key);
            if (!values)
                return values.error();
            c.values = *values;
            return c;
        }
        return fail(where,
                    QStringLiteral("unknown condition %1")
                        .arg(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))));
    }

    Result<Algorithm> algorithm(const QJsonValue& value, const QString& where) const
    {
        Algorithm rules;
        if (value.isUndefined() || value.isNull())
            return rules;
        if (!value.isArray())
            return fail(where, QStringLiteral("an algorithm must be a list of rules"));
        int index = 0;
        for (const QJsonValue& item : value.toArray()) {
            ++index;
            const QString place = where + QStringLiteral(", rule %1").arg(index);
            const QJsonObject object = item.toObject();
            auto when = condition(object.value(QStringLiteral("when")), place);
            if (!when)
                return when.error();
            Rule rule{std::move(*when),
                      object.value(QStringLiteral("then")).toString(),
                      object.value(QStringLiteral("because")).toString()};
            if (rule.then.isEmpty())
                return fail(place, QStringLiteral("a rule needs \"then\", the judgement it proposes"));
            rules.push_back(std::move(rule));
        }
        return rules;
    }

    Result<QList<JudgementLevel>> levels(const QJsonValue& value, const QString& where) const
    {
        QList<JudgementLevel> out;
        for (const QJsonValue& item : value.toArray()) {
            const QJsonObject o = item.toObject();
            JudgementLevel level{o.value(QStringLiteral("id")).toString(),
                                 o.value(QStringLiteral("label")).toString(),
                                 o.value(QStringLiteral("short")).toString(),
                                 o.value(QStringLiteral("rank")).toInt(),
                                 o.value(QStringLiteral("colour")).toString(),
                                 o.value(QStringLiteral("symbol")).toString()};
            if (level.id.isEmpty() || level.label.isEmpty())
                return fail(where, QStringLiteral("every judgement needs an \"id\" and a \"label\""));
            if (level.shortLabel.isEmpty())
                level.shortLabel = level.label;
            const QString concern = o.value(QStringLiteral("concern")).toString();
            if (concern == QLatin1String("low"))
                level.concern = Concern::Low;
            else if (concern == QLatin1String("high"))
                level.concern = Concern::High;
            else if (concern == QLatin1String("some"))
                level.concern = Concern::Some;
            else
                return fail(where,
                            QStringLiteral("judgement %1 needs a \"concern\" of low, some or high").arg(level.id));
            out << level;
        }
        if (out.isEmpty())
            return fail(where, QStringLiteral("the judgement scale is empty"));
        return out;
    }

private:
    QString m_source;
};

Result<QList<AnswerOption>> questionOptions(const Reader& reader,
                                            const QJsonValue& value,
                                            const QList<AnswerOption>& toolOptions,
                                            const QString& where)
{
    QList<AnswerOption> out;
    for (const QJsonValue& item : value.toArray()) {
        if (item.isObject()) {
            const QJsonObject o = item.toObject();
            out << AnswerOption{o.value(QStringLiteral("code")).toString(),
                                o.value(QStringLiteral("label")).toString(),
                                o.value(QStringLiteral("points")).toInt()};
            continue;
        }
        const QString code = item.toString();
        const auto found =
            std::find_if(toolOptions.begin(), toolOptions.end(), [&](const AnswerOption& o) { return o.code == code; });
        if (found == toolOptions.end())
            return reader.fail(where, QStringLiteral("answer \"%1\" is not among the tool's answer options").arg(code));
        out << *found;
    }
    if (out.isEmpty())
        return reader.fail(where, QStringLiteral("the question has no answer options"));
    return out;
}

/// Checks that a rule reads only what exists: the questions in scope and the answers they allow.
Result<void> checkRules(const Reader& reader,
                        const QualityTool& tool,
                        const Algorithm& rules,
                        const QList<SignallingQuestion>& scope,
                        const QList<JudgementLevel>& scale,
                        const QString& where)
{
    QHash<QString, const SignallingQuestion*> questions;
    for (const SignallingQuestion& q : scope)
        questions.insert(q.id, &q);
    std::function<Result<void>(const Condition&, const QString&)> check = [&](const Condition& c,
                                                                              const QString& place) -> Result<void> {
        if (c.kind == Condition::Kind::Answer) {
            const SignallingQuestion* q = questions.value(c.subject);
            if (!q)
                return reader.fail(place, QStringLiteral("question %1 is not in this domain").arg(c.subject));
            for (const QString& code : c.values) {
                const bool allowed = std::any_of(
                    q->options.begin(), q->options.end(), [&](const AnswerOption& o) { return o.code == code; });
                if (!allowed)
                    return reader.fail(place, QStringLiteral("question %1 has no answer \"%2\"").arg(c.subject, code));
            }
        }
        for (const QString& id : c.questions)
            if (!questions.contains(id))
                return reader.fail(place, QStringLiteral("question %1 is not in this domain").arg(id));
        if (c.kind == Condition::Kind::Domain && !tool.domain(c.subject))
            return reader.fail(place, QStringLiteral("there is no domain %1").arg(c.subject));
        for (const Condition& child : c.children)
            STEMMA_TRY(check(child, place));
        return {};
    };
    int index = 0;
    for (const Rule& rule : rules) {
        const QString place = where + QStringLiteral(", rule %1").arg(++index);
        const bool known =
            std::any_of(scale.begin(), scale.end(), [&](const JudgementLevel& l) { return l.id == rule.then; });
        if (!known)
            return reader.fail(place, QStringLiteral("\"%1\" is not a judgement of this tool").arg(rule.then));
        STEMMA_TRY(check(rule.when, place));
    }
    return {};
}

} // namespace

Result<QualityTool> QualityToolJson::parse(const QByteArray& json, const QString& sourceName)
{
    Reader reader(sourceName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.fail(QStringLiteral("offset %1").arg(parseError.offset), parseError.errorString());
    const QJsonObject root = document.object();

    QualityTool tool;
    tool.id = root.value(QStringLiteral("id")).toString();
    tool.version = root.value(QStringLiteral("version")).toString();
    tool.name = root.value(QStringLiteral("name")).toString();
    tool.citation = root.value(QStringLiteral("citation")).toString();
    tool.note = root.value(QStringLiteral("note")).toString();
    tool.perOutcome = root.value(QStringLiteral("perOutcome")).toBool();
    if (tool.id.isEmpty() || tool.version.isEmpty() || tool.name.isEmpty())
        return reader.fail(QString(), QStringLiteral("a tool needs an \"id\", a \"version\" and a \"name\""));
    for (const QJsonValue& design : root.value(QStringLiteral("designs")).toArray()) {
        const auto parsed = studyDesignFromString(design.toString());
        if (!parsed)
            return reader.fail(QStringLiteral("designs"),
                               QStringLiteral("unknown study design \"%1\"").arg(design.toString()));
        tool.designs << *parsed;
    }

    QList<AnswerOption> toolOptions;
    for (const QJsonValue& item : root.value(QStringLiteral("answerOptions")).toArray())
        toolOptions << AnswerOption{item.toObject().value(QStringLiteral("code")).toString(),
                                    item.toObject().value(QStringLiteral("label")).toString(),
                                    item.toObject().value(QStringLiteral("points")).toInt()};

    auto judgements = reader.levels(root.value(QStringLiteral("judgements")), QStringLiteral("judgements"));
    if (!judgements)
        return judgements.error();
    tool.judgements = *judgements;
    tool.overallJudgements = tool.judgements;
    if (root.contains(QStringLiteral("overallJudgements"))) {
        auto overall =
            reader.levels(root.value(QStringLiteral("overallJudgements")), QStringLiteral("overallJudgements"));
        if (!overall)
            return overall.error();
        tool.overallJudgements = *overall;
    }

    QSet<QString> seenQuestions;
    for (const QJsonValue& domainValue : root.value(QStringLiteral("domains")).toArray()) {
        const QJsonObject d = domainValue.toObject();
        QualityDomain domain;
        domain.id = d.value(QStringLiteral("id")).toString();
        domain.name = d.value(QStringLiteral("name")).toString();
        domain.shortName = d.value(QStringLiteral("short")).toString();
        if (domain.shortName.isEmpty())
            domain.shortName = domain.name;
        const QString where = QStringLiteral("domain %1").arg(domain.id);
        if (domain.id.isEmpty() || domain.name.isEmpty())
            return reader.fail(where, QStringLiteral("a domain needs an \"id\" and a \"name\""));
        if (tool.domain(domain.id))
            return reader.fail(where, QStringLiteral("the domain id is used twice"));
        for (const QJsonValue& qValue : d.value(QStringLiteral("questions")).toArray()) {
            const QJsonObject q = qValue.toObject();
            SignallingQuestion question{
                q.value(QStringLiteral("id")).toString(), q.value(QStringLiteral("text")).toString(), {}};
            const QString qWhere = where + QStringLiteral(", question %1").arg(question.id);
            if (question.id.isEmpty() || question.text.isEmpty())
                return reader.fail(qWhere, QStringLiteral("a question needs an \"id\" and a \"text\""));
            if (seenQuestions.contains(question.id))
                return reader.fail(qWhere, QStringLiteral("the question id is used twice"));
            seenQuestions.insert(question.id);
            auto options = questionOptions(reader, q.value(QStringLiteral("options")), toolOptions, qWhere);
            if (!options)
                return options.error();
            question.options = *options;
            domain.questions << question;
        }
        for (const QJsonValue& pValue : d.value(QStringLiteral("parts")).toArray()) {
            const QJsonObject p = pValue.toObject();
            DomainPart part{p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("name")).toString(), {}};
            auto rules =
                reader.algorithm(p.value(QStringLiteral("algorithm")), where + QStringLiteral(", part ") + part.id);
            if (!rules)
                return rules.error();
            part.algorithm = *rules;
            domain.parts << part;
        }
        auto rules = reader.algorithm(d.value(QStringLiteral("algorithm")), where);
        if (!rules)
            return rules.error();
        domain.algorithm = *rules;
        tool.domains << domain;
    }
    if (tool.domains.isEmpty())
        return reader.fail(QString(), QStringLiteral("the tool has no domains"));

    auto overall = reader.algorithm(root.value(QStringLiteral("overall")), QStringLiteral("overall"));
    if (!overall)
        return overall.error();
    tool.overall = *overall;

    // Validation once every domain is known, so rules may refer to domains defined later.
    for (const QualityDomain& domain : tool.domains) {
        const QString where = QStringLiteral("domain %1").arg(domain.id);
        for (const DomainPart& part : domain.parts)
            STEMMA_TRY(checkRules(reader,
                                  tool,
                                  part.algorithm,
                                  domain.questions,
                                  tool.judgements,
                                  where + QStringLiteral(", part ") + part.id));
        STEMMA_TRY(checkRules(reader, tool, domain.algorithm, domain.questions, tool.judgements, where));
        for (int i = 0; i < domain.algorithm.size(); ++i) {
            QList<const Condition*> stack{&domain.algorithm[i].when};
            while (!stack.isEmpty()) {
                const Condition* c = stack.takeLast();
                const bool knownPart = std::any_of(
                    domain.parts.begin(), domain.parts.end(), [&](const DomainPart& p) { return p.id == c->subject; });
                if (c->kind == Condition::Kind::Part && !knownPart)
                    return reader.fail(where + QStringLiteral(", rule %1").arg(i + 1),
                                       QStringLiteral("there is no part %1").arg(c->subject));
                for (const Condition& child : c->children)
                    stack << &child;
            }
        }
    }
    STEMMA_TRY(checkRules(reader, tool, tool.overall, {}, tool.overallJudgements, QStringLiteral("overall")));
    return tool;
}

} // namespace stemma::core::quality
