// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/ShareCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/cli/GoDuration.h"
#include "app/cli/TextTable.h"
#include "app/device/DeviceClient.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/resources/KindNames.h"
#include "models/resources/Yaml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ase::provisioning;

namespace ase::cli {

namespace {

/// "name=value" → (name, Value) with the value matched case-insensitively against `allowed`
/// (the first is the default when there is no "=").
std::optional<std::pair<QString, QString>> pairOf(const QString& text, const QStringList& allowed)
{
    const QString key = text.section(u'=', 0, 0);
    if (key.isEmpty())
        return std::nullopt;
    if (!text.contains(u'='))
        return std::pair {key, allowed.first()};
    const QString value = text.section(u'=', 1);
    for (const QString& a : allowed)
        if (a.compare(value, Qt::CaseInsensitive) == 0)
            return std::pair {key, a};
    return std::nullopt;
}

} // namespace

ShareCommand::ShareCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent)
    : ConnectedCommand(arguments, out, err, parent)
{ }

ShareCommand::~ShareCommand() = default;

void ShareCommand::start()
{
    if (!parse())
        return;
    if (m_clientDryRun) {
        // The bodies as they would be sent, under a placeholder device id, secrets masked.
        QList<DeviceRequest> requests;
        if (m_action == u"create")
            requests = shareRequests(m_draft, u"<device>"_s);
        else if (m_action == u"user")
            requests.append({u"PUT"_s, u"users/"_s + m_name, userRequestBody(maskedSecret())});
        else
            requests.append({u"PUT"_s, u"storageAccountCredentials/"_s + m_name,
                credentialRequestBody(m_credential, maskedSecret())});
        if (requests.size() == 1) {
            m_out << QString::fromUtf8(QJsonDocument(requests.first().body).toJson(QJsonDocument::Indented));
        } else {
            QJsonArray array;
            for (const DeviceRequest& r : std::as_const(requests))
                array.append(QJsonObject {{u"method"_s, r.method}, {u"path"_s, r.path}, {u"body"_s, r.body}});
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject {{u"requests"_s, array}}).toJson(QJsonDocument::Indented));
        }
        finish(Done);
        return;
    }
    connectSession(ConnectionOptions::Needs::Device);
}

/// The flags of `share`.
struct ShareFlags
{
    QCommandLineOption help {{u"h"_s, u"help"_s}, Text::tr("Show this help.")};
    QCommandLineOption output {
        {u"o"_s, u"output"_s}, Text::tr("list: table (default), json or yaml."), Text::tr("format")};
    QCommandLineOption protocol {u"protocol"_s, Text::tr("create: smb or nfs."), Text::tr("protocol")};
    QCommandLineOption local {
        u"local"_s, Text::tr("create: keep the data on the device (Edge local share).")};
    QCommandLineOption account {u"storage-account"_s,
        Text::tr("create: tier the data to this storage account credential of the device."),
        Text::tr("name")};
    QCommandLineOption service {
        u"service"_s, Text::tr("create: blockblob (default), pageblob or files."), Text::tr("service")};
    QCommandLineOption container {
        u"container"_s, Text::tr("create: the container (default: the share's name)."), Text::tr("name")};
    QCommandLineOption description {u"description"_s, Text::tr("create: a description."), Text::tr("text")};
    QCommandLineOption user {u"user"_s,
        Text::tr("create, SMB: an existing device user and its access, NAME[=change|read] (repeatable)."),
        Text::tr("user")};
    QCommandLineOption client {u"nfs-client"_s,
        Text::tr(
            "create, NFS: a client address and its access, IP[=readwrite|readonly|noaccess] (repeatable)."),
        Text::tr("ip")};
    QCommandLineOption compute {u"compute-mount"_s,
        Text::tr("create: use the share with Edge compute (mount it on the Kubernetes role).")};
    QCommandLineOption wait {u"wait"_s,
        Text::tr(
            "create --compute-mount, mount: wait until its PersistentVolume exists in the cluster (needs "
            "--kubeconfig or --demo), at most this long (bare --wait: 2m)."),
        Text::tr("duration")};
    QCommandLineOption dryRun {u"dry-run"_s,
        Text::tr("create, user add, credential add: client prints the request bodies (secrets masked) and "
                 "sends nothing."),
        Text::tr("mode")};
    QCommandLineOption newUser {u"new-user"_s,
        Text::tr("create, SMB: create this device user first and give it access, NAME[=change|read]; its "
                 "password from --password-stdin."),
        Text::tr("user")};
    QCommandLineOption passwordStdin {u"password-stdin"_s,
        Text::tr(
            "user add, create --new-user: read the user's password from stdin (never from an argument).")};
    QCommandLineOption accountName {
        u"account-name"_s, Text::tr("credential add: the Azure storage account's name."), Text::tr("name")};
    QCommandLineOption accountKeyStdin {u"account-key-stdin"_s,
        Text::tr(
            "credential add: read the storage account's access key from stdin (never from an argument).")};
    QCommandLineOption accountType {u"account-type"_s,
        Text::tr("credential add: GeneralPurposeStorage (default) or BlobStorage."), Text::tr("type")};
    QCommandLineOption noSsl {u"no-ssl"_s, Text::tr("credential add: connect to the account without TLS.")};
};

namespace {

const QStringList& shareActions()
{
    static const QStringList actions {u"list"_s, u"create"_s, u"mount"_s, u"unmount"_s, u"refresh"_s,
        u"delete"_s, u"user"_s, u"credential"_s};
    return actions;
}

void setUpParser(QCommandLineParser& parser, const ShareFlags& f, const ConnectionOptions& connection)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        Text::tr("The device's shares: list; create (SMB or NFS, local or "
                 "tiered to an Azure storage account, optionally "
                 "mounted for Edge compute so Kubernetes gets a "
                 "PersistentVolume named after it); mount and unmount for "
                 "Edge compute; refresh a cloud share; delete. share user "
                 "add|delete and share credential add|delete manage the "
                 "device's share users and storage account credentials; "
                 "their secrets are read from stdin and encrypted with the "
                 "device's encryption key (the profile's channelIntegrityKey)."));
    parser.addPositionalArgument(u"share"_s, Text::tr("The command."), u"share"_s);
    parser.addPositionalArgument(u"action"_s, shareActions().join(u'|'));
    parser.addPositionalArgument(u"NAME"_s, Text::tr("The share (all but list)."));
    parser.addOptions({f.help, f.output, f.protocol, f.local, f.account, f.service, f.container,
        f.description, f.user, f.client, f.compute, f.wait, f.dryRun, f.newUser, f.passwordStdin,
        f.accountName, f.accountKeyStdin, f.accountType, f.noSsl});
    connection.addTo(parser);
}

} // namespace

bool ShareCommand::parse()
{
    QStringList arguments = m_arguments;
    arguments.replaceInStrings(QRegularExpression(u"^--wait$"_s), u"--wait=2m"_s);
    m_action = arguments.value(2);
    const bool nested = m_action == u"user" || m_action == u"credential";
    const ShareFlags flags;
    QCommandLineParser parser;
    setUpParser(parser, flags, m_connection);
    if (!parseOrFinish(parser, flags.help, arguments))
        return false;
    m_connection.read(parser);
    if (!readNames(parser.positionalArguments(), nested))
        return false;
    if (parser.isSet(flags.output))
        m_output = parser.value(flags.output);
    if (!QStringList {u"table"_s, u"json"_s, u"yaml"_s}.contains(m_output))
        return bad(Text::tr("--output %1: use table, json or yaml.").arg(m_output));
    if (!readWait(parser, flags.wait, &m_wait))
        return false;
    const QString dry = parser.value(flags.dryRun);
    if (!dry.isEmpty() && dry != u"client" && dry != u"none")
        return bad(Text::tr("--dry-run %1: share commands take client or none.").arg(dry));
    m_clientDryRun = dry == u"client";
    if (m_clientDryRun && m_action != u"create" && m_subAction != u"add")
        return bad(Text::tr("--dry-run=client is for create, user add and credential add."));
    if (nested && m_subAction == u"add")
        return m_action == u"user" ? readUserAdd(parser, flags) : readCredentialAdd(parser, flags);
    if (m_action != u"create")
        return true;
    return readCreate(parser, flags);
}

bool ShareCommand::readNames(const QStringList& positional, bool nested)
{
    if (!shareActions().contains(m_action))
        return bad(Text::tr("share takes one of %1, e.g. share list --device-profile FILE.")
                       .arg(shareActions().join(u", "_s)));
    if (nested) {
        m_subAction = positional.value(2);
        if (m_subAction != u"add" && m_subAction != u"delete")
            return bad(Text::tr("share %1 takes add or delete, e.g. share %1 add NAME.").arg(m_action));
        if (positional.size() != 4)
            return bad(Text::tr("name one %1: share %1 %2 NAME.").arg(m_action, m_subAction));
        m_name = positional.value(3);
        return true;
    }
    if (m_action == u"list") {
        if (positional.size() > 2)
            return bad(Text::tr("share list takes no name."));
    } else if (positional.size() != 3) {
        return bad(Text::tr("name one share: share %1 NAME.").arg(m_action));
    }
    m_name = positional.value(2);
    return true;
}

bool ShareCommand::readUserAdd(const QCommandLineParser& parser, const ShareFlags& flags)
{
    if (!parser.isSet(flags.passwordStdin))
        return bad(Text::tr("share user add needs --password-stdin: the password is read from stdin, "
                            "never from an argument."));
    m_user.name = m_name;
    if (!readSecret(u"--password-stdin"_s, &m_user.password))
        return false;
    m_user.confirmation = m_user.password;
    for (const ShareCheck& c : checkUserDraft(m_user, {}))
        return bad(c.message);
    return true;
}

bool ShareCommand::readCredentialAdd(const QCommandLineParser& parser, const ShareFlags& flags)
{
    if (!parser.isSet(flags.accountKeyStdin))
        return bad(Text::tr("share credential add needs --account-key-stdin: the key is read from stdin, "
                            "never from an argument."));
    m_credential.alias = m_name;
    m_credential.accountName = parser.value(flags.accountName);
    m_credential.ssl = !parser.isSet(flags.noSsl);
    if (parser.isSet(flags.accountType)) {
        const QString type = parser.value(flags.accountType);
        m_credential.accountType = type.compare(u"BlobStorage"_s, Qt::CaseInsensitive) == 0 ? u"BlobStorage"_s
            : type.compare(u"GeneralPurposeStorage"_s, Qt::CaseInsensitive) == 0 ? u"GeneralPurposeStorage"_s
                                                                                 : type;
    }
    if (!parser.isSet(flags.accountName))
        return bad(Text::tr("share credential add needs --account-name: the Azure storage account."));
    if (!readSecret(u"--account-key-stdin"_s, &m_credential.accountKey))
        return false;
    for (const ShareCheck& c : checkCredentialDraft(m_credential, {}))
        return bad(c.message);
    return true;
}

bool ShareCommand::readCreate(const QCommandLineParser& parser, const ShareFlags& flags)
{
    m_draft.name = m_name;
    m_draft.description = parser.value(flags.description);
    if (!readStorage(parser, flags) || !readAccess(parser, flags))
        return false;
    m_draft.computeMount = parser.isSet(flags.compute);
    if (!readNewUser(parser, flags))
        return false;
    if (m_clientDryRun) {
        // The checks that need no device.
        ShareContext offline;
        offline.known = false;
        for (const ShareCheck& c : checkShareDraft(m_draft, offline))
            if (c.error)
                return bad(c.message);
    }
    return true;
}

bool ShareCommand::readStorage(const QCommandLineParser& parser, const ShareFlags& flags)
{
    const QString proto = parser.value(flags.protocol).toLower();
    if (proto != u"smb" && proto != u"nfs")
        return bad(Text::tr("--protocol is required: smb or nfs."));
    m_draft.nfs = proto == u"nfs";
    if (parser.isSet(flags.local) == parser.isSet(flags.account))
        return bad(Text::tr("give --local, or --storage-account NAME for a share tiered to Azure."));
    m_draft.cloud = parser.isSet(flags.account);
    m_draft.storageAccountCredential = parser.value(flags.account);
    m_draft.container = parser.value(flags.container);
    const QString svc = parser.value(flags.service).toLower();
    if (svc.isEmpty() || svc == u"blockblob")
        m_draft.dataFormat = u"BlockBlob"_s;
    else if (svc == u"pageblob")
        m_draft.dataFormat = u"PageBlob"_s;
    else if (svc == u"files")
        m_draft.dataFormat = u"AzureFile"_s;
    else
        return bad(
            Text::tr("--service %1: use blockblob, pageblob or files.").arg(parser.value(flags.service)));
    return true;
}

bool ShareCommand::readAccess(const QCommandLineParser& parser, const ShareFlags& flags)
{
    for (const QString& u : parser.values(flags.user)) {
        const auto p = pairOf(u, {u"Change"_s, u"Read"_s});
        if (!p)
            return bad(Text::tr("--user %1: write NAME, NAME=change or NAME=read.").arg(u));
        m_draft.users.append({p->first, p->second});
    }
    for (const QString& c : parser.values(flags.client)) {
        const auto p = pairOf(c, {u"ReadWrite"_s, u"ReadOnly"_s, u"NoAccess"_s});
        if (!p)
            return bad(
                Text::tr("--nfs-client %1: write IP, IP=readwrite, IP=readonly or IP=noaccess.").arg(c));
        m_draft.clients.append({p->first, p->second});
    }
    if (m_draft.nfs && !m_draft.users.isEmpty())
        return bad(Text::tr("--user is for SMB shares; an NFS share takes --nfs-client."));
    if (!m_draft.nfs && !m_draft.clients.isEmpty())
        return bad(Text::tr("--nfs-client is for NFS shares; an SMB share takes --user."));
    return true;
}

bool ShareCommand::readNewUser(const QCommandLineParser& parser, const ShareFlags& flags)
{
    if (!parser.isSet(flags.newUser)) {
        if (parser.isSet(flags.passwordStdin))
            return bad(Text::tr("--password-stdin goes with --new-user NAME."));
        return true;
    }
    if (m_draft.nfs)
        return bad(Text::tr("--new-user is for SMB shares; an NFS share takes --nfs-client."));
    const auto p = pairOf(parser.value(flags.newUser), {u"Change"_s, u"Read"_s});
    if (!p)
        return bad(Text::tr("--new-user %1: write NAME, NAME=change or NAME=read.")
                       .arg(parser.value(flags.newUser)));
    if (!parser.isSet(flags.passwordStdin))
        return bad(Text::tr("--new-user needs --password-stdin: the password is read from stdin."));
    UserDraft created;
    created.name = p->first;
    if (!readSecret(u"--password-stdin"_s, &created.password))
        return false;
    created.confirmation = created.password;
    m_draft.newUser = created;
    m_draft.newUserAccess = p->second;
    return true;
}

void ShareCommand::connected()
{
    if (m_wait && m_action != u"create" && m_action != u"mount")
        startTimeout();
    if (m_action == u"list")
        list();
    else if (m_action == u"user" || m_action == u"credential")
        userOrCredential();
    else if (m_action == u"create")
        create();
    else
        act();
}

void ShareCommand::list()
{
    m_session->shares()->listShares(this, [this](const QList<Share>& shares, const ArmError& error) {
        if (!error.ok()) {
            finish(Refused, error.message());
            return;
        }
        QList<QJsonObject> objects;
        for (const Share& s : shares)
            objects.append(s.json());
        if (m_output == u"json") {
            QJsonArray array;
            for (const QJsonObject& o : objects)
                array.append(o);
            m_out << QString::fromUtf8(
                QJsonDocument(QJsonObject {{u"value"_s, array}}).toJson(QJsonDocument::Indented));
        } else if (m_output == u"yaml") {
            m_out << QString::fromUtf8(toYaml(objects));
        } else {
            const QStringList header {Text::tr("NAME"), Text::tr("PROTOCOL"), Text::tr("DATA"),
                Text::tr("STATUS"), Text::tr("EDGE COMPUTE"), Text::tr("STORAGE ACCOUNT/CONTAINER")};
            QList<QStringList> rows;
            for (const Share& s : shares)
                rows.append(
                    {s.name, s.accessProtocol.toUpper(), s.isCloud() ? Text::tr("Cloud") : Text::tr("Local"),
                        s.shareStatus, s.isMountedForCompute() ? Text::tr("Mounted") : u"-"_s,
                        s.azureContainerInfo
                            ? QString(s.azureContainerInfo->storageAccountCredentialId.section(u'/', -1)
                                + u'/' + s.azureContainerInfo->containerName)
                            : u"-"_s});
            m_out << formatTable(QList<QStringList> {header} + rows);
        }
        finish(Done);
    });
}

void ShareCommand::progress(const QString& status, int percent)
{
    if (percent >= 0)
        m_err << Text::tr("%1: %2 (%3%)").arg(m_name, status).arg(percent) << Qt::endl;
    else
        m_err << Text::tr("%1: %2").arg(m_name, status) << Qt::endl;
}

void ShareCommand::create()
{
    // The checks need the device's shares, users and credentials.
    auto context = std::make_shared<ShareContext>();
    auto pending = std::make_shared<int>(3);
    auto failure = std::make_shared<ArmError>();
    const auto next = [this, context, pending, failure] {
        if (--*pending > 0)
            return;
        if (!failure->ok()) {
            finish(Refused, failure->message());
            return;
        }
        bool errors = false;
        for (const ShareCheck& c : checkShareDraft(m_draft, *context)) {
            m_err << (c.error ? Text::tr("error: %1").arg(c.message) : Text::tr("note: %1").arg(c.message))
                  << Qt::endl;
            errors = errors || c.error;
        }
        if (errors) {
            finish(BadInput);
            return;
        }
        // The new credential and user first, then the share; its mount after the line.
        ShareDraft draft = m_draft;
        draft.computeMount = false;
        m_session->shares()->createShareFromDraft(
            draft, this, [this](const QString& step) { m_err << step << Qt::endl; },
            [this](const QString& s, int p) { progress(s, p); },
            [this](const ArmError& error) {
                if (!error.ok()) {
                    // No encryption key (or not the device's) is the caller's to fix.
                    finish(
                        error.category == ArmError::Category::Config ? BadInput : Refused, error.message());
                    return;
                }
                if (m_draft.cloud && m_draft.newCredential)
                    m_out << Text::tr("storageaccountcredential/%1 created", "kubectl-like line")
                                 .arg(m_draft.newCredential->alias)
                          << Qt::endl;
                if (!m_draft.nfs && m_draft.newUser)
                    m_out << Text::tr("user/%1 created", "kubectl-like line").arg(m_draft.newUser->name)
                          << Qt::endl;
                m_out << Text::tr("share/%1 created", "kubectl-like line").arg(m_name) << Qt::endl;
                if (m_draft.computeMount)
                    mountAfterCreate();
                else
                    finish(Done);
            });
    };
    m_session->shares()->listShares(this, [=](const QList<Share>& shares, const ArmError& error) {
        context->shares = shares;
        if (!error.ok())
            *failure = error;
        next();
    });
    m_session->shares()->listUsers(this, [=](const QList<QJsonObject>& items, const ArmError& error) {
        for (const QJsonObject& o : items)
            context->users.append(o.value(u"name").toString());
        if (!error.ok())
            *failure = error;
        next();
    });
    m_session->shares()->listStorageAccountCredentials(
        this, [=](const QList<QJsonObject>& items, const ArmError& error) {
            for (const QJsonObject& o : items)
                context->credentials.append(o.value(u"name").toString());
            if (!error.ok())
                *failure = error;
            next();
        });
}

void ShareCommand::mountAfterCreate()
{
    m_session->shares()->mountShare(
        m_name, this, [this](const QString& s, int p) { progress(s, p); },
        [this](const ArmError& error) {
            if (!error.ok()) {
                finish(Refused, error.message());
                return;
            }
            m_out << Text::tr("share/%1 mounted for Edge compute", "kubectl-like line").arg(m_name)
                  << Qt::endl;
            waitForVolume();
        });
}

void ShareCommand::act()
{
    if (m_action == u"mount") {
        mountAfterCreate();
        return;
    }
    // Delete is refused while the share is mounted; unmount says what it releases.
    m_session->shares()->listShares(this, [this](const QList<Share>& shares, const ArmError& error) {
        if (!error.ok()) {
            finish(Refused, error.message());
            return;
        }
        const auto it = std::find_if(
            shares.cbegin(), shares.cend(), [this](const Share& s) { return s.name == m_name; });
        if (it == shares.cend()) {
            finish(Refused, Text::tr("the device has no share named %1.").arg(m_name));
            return;
        }
        if (m_action == u"delete" && it->isMountedForCompute()) {
            finish(BadInput,
                Text::tr("share %1 is mounted for Edge compute; unmount it first (share unmount %1), which "
                         "releases "
                         "its PersistentVolume.")
                    .arg(m_name));
            return;
        }
        if (m_action == u"refresh" && !it->isCloud()) {
            finish(BadInput,
                Text::tr("share %1 is an Edge local share; only cloud shares can be refreshed.").arg(m_name));
            return;
        }
        const auto done = [this](const ArmError& e) {
            if (!e.ok()) {
                finish(Refused, e.message());
                return;
            }
            m_out << (m_action == u"delete" ? Text::tr("share/%1 deleted", "kubectl-like line").arg(m_name)
                    : m_action == u"unmount"
                    ? Text::tr("share/%1 unmounted from Edge compute", "kubectl-like line").arg(m_name)
                    : Text::tr("share/%1 refreshed", "kubectl-like line").arg(m_name))
                  << Qt::endl;
            finish(Done);
        };
        const auto report = [this](const QString& s, int p) { progress(s, p); };
        if (m_action == u"delete")
            m_session->shares()->deleteShare(m_name, this, report, done);
        else if (m_action == u"unmount")
            m_session->shares()->unmountShare(m_name, this, report, done);
        else
            m_session->shares()->refreshShare(m_name, this, report, done);
    });
}

void ShareCommand::waitForVolume()
{
    if (!m_wait) {
        finish(Done);
        return;
    }
    if (!m_session->cluster()->isConnected()) {
        finish(BadInput,
            Text::tr("--wait needs the cluster to see the PersistentVolume: add --kubeconfig or --demo."));
        return;
    }
    if (!m_waitClock.isValid())
        m_waitClock.start();
    m_session->cluster()->getObject(
        kindname::PersistentVolume, {}, m_name, this, [this](const QJsonObject&, const ApiError& error) {
            if (error.ok()) {
                m_out << Text::tr("persistentvolume/%1 exists", "kubectl-like line").arg(m_name) << Qt::endl;
                finish(Done);
                return;
            }
            if (!error.isNotFound() && !error.isRetriable()) {
                finish(Refused, error.message());
                return;
            }
            if (m_waitClock.durationElapsed() >= *m_wait) {
                finish(
                    TimedOut, Text::tr("timed out waiting for persistentvolume/%1 to appear.").arg(m_name));
                return;
            }
            QTimer::singleShot(std::chrono::milliseconds(500), this, &ShareCommand::waitForVolume);
        });
}

bool ShareCommand::readSecret(const QString& flag, QString* secret)
{
    // A secret comes from stdin, as `docker login --password-stdin` reads it: all of it, one
    // final line break dropped.
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return bad(Text::tr("%1: stdin could not be read.").arg(flag));
    QByteArray bytes = in.readAll();
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    *secret = QString::fromUtf8(bytes);
    if (secret->isEmpty())
        return bad(
            Text::tr("%1: stdin was empty; pipe the secret in, e.g. from a password manager.").arg(flag));
    return true;
}

void ShareCommand::startTimeout()
{
    QTimer::singleShot(*m_wait, this, [this] {
        finish(TimedOut,
            Text::tr("timed out after %1 s waiting for the device; the operation may still complete there.")
                .arg(double(m_wait->count()) / 1000.0));
    });
}

void ShareCommand::userOrCredential()
{
    const bool user = m_action == u"user";
    const auto report = [this](const QString& s, int p) { progress(s, p); };
    if (m_subAction == u"add") {
        const auto done = [this, user](const ArmError& e) {
            if (!e.ok()) {
                finish(e.category == ArmError::Category::Config ? BadInput : Refused, e.message());
                return;
            }
            m_out << (user ? Text::tr("user/%1 created", "kubectl-like line").arg(m_name)
                           : Text::tr("storageaccountcredential/%1 created", "kubectl-like line").arg(m_name))
                  << Qt::endl;
            finish(Done);
        };
        if (user)
            m_session->shares()->createUser(m_user, this, report, done);
        else
            m_session->shares()->createStorageAccountCredential(m_credential, this, report, done);
        return;
    }
    // Delete: say which shares still use it (the device refuses then).
    m_session->shares()->listShares(
        this, [this, user, report](const QList<Share>& shares, const ArmError& error) {
            if (!error.ok()) {
                finish(Refused, error.message());
                return;
            }
            const QStringList using_
                = user ? sharesUsingUser(shares, m_name) : sharesUsingCredential(shares, m_name);
            if (!using_.isEmpty()) {
                finish(BadInput,
                    user ? Text::tr(
                        "user %1 has access to %2; remove it from those shares (or delete them) first.")
                               .arg(m_name, using_.join(u", "_s))
                         : Text::tr("storage account credential %1 is used by %2; delete those shares first.")
                               .arg(m_name, using_.join(u", "_s)));
                return;
            }
            const auto done = [this, user](const ArmError& e) {
                if (!e.ok()) {
                    finish(Refused, e.message());
                    return;
                }
                m_out << (user
                        ? Text::tr("user/%1 deleted", "kubectl-like line").arg(m_name)
                        : Text::tr("storageaccountcredential/%1 deleted", "kubectl-like line").arg(m_name))
                      << Qt::endl;
                finish(Done);
            };
            if (user)
                m_session->shares()->deleteUser(m_name, this, report, done);
            else
                m_session->shares()->deleteStorageAccountCredential(m_name, this, report, done);
        });
}

} // namespace ase::cli
