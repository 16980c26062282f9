// The rule on its own (no database): the cases the labelled pairs are about, one each.
import { describe, expect, it } from "vitest";
import { judgePair, type RuleSide } from "./duplicate-rule";

const side = (fullName: string, over: Partial<RuleSide> = {}): RuleSide => ({
  fullName, nameNative: null, title: null, organizationId: null, country: null, parliamentaryBody: null, ...over,
});
const none = { sameEmail: false, samePhone: false };

describe("judgePair", () => {
  it("pairs one name across scripts, spellings, word order and patronymics, and says so", () => {
    const v = judgePair(side("Жанара Ахметова"), side("Zhanara Akhmetova"), none);
    expect(v).toMatchObject({ confidence: "probable", reasons: [{ kind: "name", text: "names match across scripts: Жанара Ахметова / Zhanara Akhmetova" }] });
    expect(judgePair(side("Аблязов Мухтар Кабулович"), side("Mukhtar Ablyazov"), none).confidence).toBe("probable");
    expect(judgePair(side("Petras Auštrevičius"), side("Petras Austrevicius"), none).confidence).toBe("probable");
    expect(judgePair(side("Nacho Sánchez Amor"), side("Ignacio Sanchez Amor"), none).confidence).toBe("probable");
  });

  it("does not pair relatives: one surname, another given name or initial", () => {
    expect(judgePair(side("Mukhtar Ablyazov"), side("Madiyar Ablyazov"), none).confidence).toBeNull();
    expect(judgePair(side("Мухтар Аблязов"), side("Мадияр Мухтарович Аблязов"), none).confidence).toBeNull();
    expect(judgePair(side("Gulnar Sultanbekova"), side("Gulnaz Sultanbekova"), none).confidence).toBeNull();
    expect(judgePair(side("A. Zhovtis", { country: "KZ" }), side("Evgeniy Zhovtis", { country: "KZ" }), none).confidence).toBeNull();
  });

  it("needs an initial or a lone surname to be backed by what else is known", () => {
    expect(judgePair(side("E. Narymbaev"), side("Ermek Narymbaev"), none).confidence).toBeNull();
    expect(judgePair(side("E. Narymbaev", { country: "KZ" }), side("Ermek Narymbaev", { country: "KZ" }), none).confidence).toBe("probable");
    const office = { organizationId: "o1", title: "Head of the Investigation Department", country: "KZ" };
    expect(judgePair(side("Omarov", office), side("Daulet Omarov", office), none).confidence).toBe("probable");
    expect(judgePair(side("Omarov", { country: "KZ" }), side("Daulet Omarov", { country: "KZ" }), none).confidence).toBeNull();
  });

  it("leaves out namesakes whose country, organization and title disagree", () => {
    const mep = side("Maria Walsh", { title: "Member of the European Parliament", organizationId: "ep", country: "IE" });
    expect(judgePair(mep, side("Maria Walsh", { title: "Reporter", organizationId: "guardian", country: "GB" }), none).confidence).toBeNull();
    // Two assemblies, two titles: still one parliamentarian.
    const osce = side("Ignacio Sanchez Amor", { title: "OSCE PA committee chair", organizationId: "osce", country: "ES", parliamentaryBody: "osce_pa" });
    const ep = side("Nacho Sánchez Amor", { title: "Member of the European Parliament", organizationId: "ep", country: "ES", parliamentaryBody: "european_parliament" });
    expect(judgePair(osce, ep, none).confidence).toBe("probable");
  });

  it("lists a shared phone or e-mail with unlike names apart, as a shared line, not as a duplicate", () => {
    const v = judgePair(side("Maulen Ashimbayev"), side("Gulmira Nurdauletova"), { sameEmail: false, samePhone: true });
    expect(v.confidence).toBe("shared");
    expect(v.reasons.map((r) => r.text)).toEqual(["same phone", "names have nothing in common (Maulen Ashimbayev / Gulmira Nurdauletova): a shared office line or mailbox?"]);
    const same = judgePair(side("Aigerim Dzhumabaeva"), side("Айгерим Джумабаева"), { sameEmail: false, samePhone: true });
    expect(same.confidence).toBe("probable");
    expect(same.reasons[0]).toEqual({ kind: "phone", text: "same phone" });
  });
});
