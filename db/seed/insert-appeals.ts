// Outgoing appeals (versions, reviews, recipients with snapshots, dispatches, replies) and the
// incoming appeals.
import { searchText } from "../../lib/search/search-text";
import {
  appealBodyVersions,
  appealCases,
  appealDispatches,
  appealRecipients,
  appealReplies,
  appealReviews,
  appeals,
  incomingAppeals,
} from "../schema";
import { contactsByKey, ids, organizationsByKey, put, type SeedContext } from "./context";
import type { AppealSeed } from "./data-appeals";
import { must, seedId } from "./ids";
import { demoLists } from "./insert-directory";
import { office } from "./time";

type Recipient = typeof appealRecipients.$inferInsert;

function recipientsOf(a: AppealSeed): Array<{ row: Recipient; webFormUrl?: string }> {
  const keys = a.recipients.flatMap((r) =>
    r.startsWith("list:") ? must(new Map(demoLists.map((l) => [l.key, l])), r.slice(5), "list").members : [r],
  );
  const fromContacts = keys.map((key) => {
    const c = must(contactsByKey, key, "contact");
    const row: Recipient = {
      id: seedId(`appeal-recipient:${a.key}:${key}`),
      appealId: ids.appeal(a.key),
      contactId: ids.contact(key),
      name: c.fullName,
      title: c.title,
      organization: c.org ? organizationsByKey.get(c.org)?.name : undefined,
      postalAddress: c.postalAddress,
      email: c.emails?.[0],
      salutation: c.salutation,
    };
    return { row, webFormUrl: c.webFormUrl };
  });
  const named = (a.namedRecipients ?? []).map((r) => ({
    row: {
      id: seedId(`appeal-recipient:${a.key}:${r.key}`),
      appealId: ids.appeal(a.key),
      name: r.name,
      organization: r.organization,
    } satisfies Recipient,
  }));
  return [...fromContacts, ...named];
}

/** The latest of an appeal's dated steps: when it was last changed. */
function lastChanged(a: AppealSeed): Date {
  const steps = [
    office(a.versions[a.versions.length - 1].on, "16:00"),
    ...a.reviews.map((r) => office(r.on, r.decision === "approved" ? "09:45" : "15:00")),
    a.submittedOn && office(a.submittedOn, "09:30"),
    a.sentOn && office(a.sentOn, "11:00"),
    a.closedOn && office(a.closedOn, "17:00"),
  ];
  return new Date(Math.max(...steps.filter((d): d is Date => !!d).map((d) => d.getTime())));
}

export async function insertAppeals({ tx, users, data }: SeedContext): Promise<void> {
  const appealSeeds = data.appeals;
  const last = (a: AppealSeed) => a.versions[a.versions.length - 1];
  await put(
    tx,
    appeals,
    appealSeeds.map((a) => ({
      id: ids.appeal(a.key),
      type: a.type,
      title: a.title,
      subject: a.subject,
      bodyMarkdown: last(a).body,
      status: a.status,
      campaignId: a.campaign ? ids.campaign(a.campaign) : null,
      ownerId: users[a.owner],
      submittedAt: a.submittedOn ? office(a.submittedOn, "09:30") : null,
      approvedAt: a.approvedOn ? office(a.approvedOn, "09:45") : null,
      approvedById: a.approvedOn ? users.manager : null,
      sentAt: a.sentOn ? office(a.sentOn, "11:00") : null,
      closedAt: a.closedOn ? office(a.closedOn, "17:00") : null,
      searchText: searchText.appeal({ title: a.title, subject: a.subject ?? "" }),
      createdById: users[a.owner],
      version: a.versions.length,
      // Drafted when its first version was written, so "draft → sent" spans are real history.
      createdAt: office(a.versions[0].on, "16:00"),
      updatedAt: lastChanged(a),
    })),
  );
  await put(
    tx,
    appealCases,
    appealSeeds.flatMap((a) => a.cases.map((k) => ({ appealId: ids.appeal(a.key), caseId: ids.case(k) }))),
  );
  await put(
    tx,
    appealBodyVersions,
    appealSeeds.flatMap((a) =>
      a.versions.map((v, i) => ({
        id: seedId(`appeal-version:${a.key}:${i + 1}`),
        appealId: ids.appeal(a.key),
        versionNo: i + 1,
        subject: a.subject,
        bodyMarkdown: v.body,
        authorId: users[v.author],
        createdAt: office(v.on, "16:00"),
      })),
    ),
  );
  await put(
    tx,
    appealReviews,
    appealSeeds.flatMap((a) =>
      a.reviews.map((r, i) => ({
        id: seedId(`appeal-review:${a.key}:${i}`),
        appealId: ids.appeal(a.key),
        decision: r.decision,
        comment: r.comment,
        reviewerId: users.manager,
        createdAt: office(r.on, r.decision === "approved" ? "09:45" : "15:00"),
      })),
    ),
  );

  const recipients = appealSeeds.flatMap((a) => recipientsOf(a).map((r) => ({ appeal: a, ...r })));
  await put(tx, appealRecipients, recipients.map((r) => r.row));
  await put(
    tx,
    appealDispatches,
    recipients
      .filter(({ appeal }) => appeal.sentOn)
      .map(({ appeal, row, webFormUrl }) => {
        // How the report's addressees can be reached: e-mail, else the web form, else post.
        const channel = appeal.sentChannel ?? (row.email ? "email" : webFormUrl ? "web_form" : "post");
        return {
          id: seedId(`appeal-dispatch:${row.id}`),
          recipientId: row.id!,
          sentOn: office(appeal.sentOn!, "11:00"),
          channel,
          createdById: users[appeal.owner],
          createdAt: office(appeal.sentOn!, "11:00"),
        };
      }),
  );
  await put(
    tx,
    appealReplies,
    appealSeeds.flatMap((a) =>
      a.replies.map((r) => ({
        id: seedId(`appeal-reply:${a.key}:${r.key}`),
        appealId: ids.appeal(a.key),
        recipientId: r.recipient ? seedId(`appeal-recipient:${a.key}:${r.recipient}`) : null,
        receivedOn: r.on,
        fromName: r.from,
        summary: r.summary,
        createdById: users[a.owner],
        createdAt: office(r.on, "12:00"),
      })),
    ),
  );
}

export async function insertIncoming({ tx, users, data }: SeedContext): Promise<void> {
  await put(
    tx,
    incomingAppeals,
    data.incoming.map((a) => ({
      id: seedId(`incoming:${a.key}`),
      senderContactId: a.senderContact ? ids.contact(a.senderContact) : null,
      senderName: a.senderName,
      receivedOn: a.receivedOn,
      channel: a.channel,
      language: a.language,
      originalText: a.originalText,
      requestSummary: a.requestSummary,
      status: a.status,
      assignedToId: a.assignedTo ? users[a.assignedTo] : null,
      dueOn: a.dueOn,
      caseId: a.case ? ids.case(a.case) : null,
      searchText: searchText.incoming({ senderName: a.senderName, requestSummary: a.requestSummary ?? "", originalText: a.originalText }),
      createdById: users.officer,
      // Logged the day it came in.
      createdAt: office(a.receivedOn, "10:00"),
      updatedAt: office(a.receivedOn, "10:00"),
    })),
  );
}
