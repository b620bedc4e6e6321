/**
 * A transcript's version leads with what the speaker says about the matter, not with courtesies,
 * the running of the event, a gap in the transcript or a sentence that goes on from the one
 * before. Real remarks of the State Department pool (us_state_department_press_releases_2021_2022.jsonl).
 */
import { describe, expect, it } from 'vitest';
import { compose } from '../src/compose/index.js';

// pool: Secretary Blinken at a roundtable on humanitarian assistance in Ukraine (2022), its opening
const ROUNDTABLE = `New York, New York

SECRETARY BLINKEN: Liz, thank you. Thank you for those truly overly generous words. But the one part of that that’s true is that we’ve had a relationship going back many, many years (inaudible). It’s something that I’ve had the opportunity to be involved in over many years now. And you have been promoting, advancing the proposition that U.S. leadership, U.S. engagement, matters. It makes a difference.

And I think we’ve seen that in the case of Russia’s aggression against Ukraine. I’m proud of the fact that we’ve stood up in terms of our support for Ukraine itself – security, economic, and humanitarian. I’m proud of the fact that we’ve brought dozens of countries along in exerting necessary pressure on Russia to end the aggression.

So I was really anxious to get together with this group. So I’m really grateful for this conversation and anxious to be listening in order to hear from each of you, so thank you.

https://www.state.gov/secretary-antony-j-blinken-at-a-roundtable-on-humanitarian-assistance-in-ukraine/`;

// pool: Department Press Briefing, August 2, 2021, its opening
const BRIEFING = `Washington, D.C.

MR PRICE: Good afternoon. We just have one element at the top, and then we will return to your questions. Secretary Blinken will participate this week in five virtual minister ministerial meetings related to ASEAN, or the Association of Southeast Asian Nations. He will also discuss our plans to support ASEAN’s economic recovery and plans to combat climate change. And so that that, happy to take your questions.

QUESTION: Can we start with Afghanistan?

MR PRICE: There are a couple elements to your question. If you would allow me to answer all of them, I certainly will. But just let me – let me

QUESTION: Sure.

MR PRICE: We will continue to consider all available options and our planning will evolve.

https://www.state.gov/briefings/department-press-briefing-august-2-2021/`;

// pool: the 2022 World Food Prize Laureate Announcement Ceremony, its opening (shortened)
const CEREMONY = `Washington, D.C.

ASSISTANT SECRETARY TOLOUI: Good morning and welcome to the 2022 World Food Prize Laureate announcement ceremony. I know some of you are joining us virtually, but I’m happy to have the chance to see so many people here in person today. For more than 30 years, the World Food Prize has recognized and celebrated individuals who advance the cause of food security and nutrition around the world. It’s the U.S. Department of State’s honor to host this event in person this year after two years of fully virtual events.

https://www.state.gov/under-secretary-of-state-for-economic-growth-energy-and-the-environment-jose-w-fernandez-at-the-2022-world-food-prize-laureate-announcement-ceremony/`;

describe('a transcript leads with the matter', () => {
  it('not who joins the audience and how ("I know some of you are joining us virtually")', () => {
    const v = compose(CEREMONY, { audience: 'youth', channel: 'x' });
    expect(v.parts[0]).toMatch(/For more than 30 years, the World Food Prize has recognized/);
    expect(v.text).not.toMatch(/joining us virtually/);
    expect(v.verification.ok).toBe(true);
  });

  it('not a gap ("(inaudible)"), nor "It’s something …", nor "And I think …" (roundtable)', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'sms'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(ROUNDTABLE, { audience, channel });
      expect(v.parts[0], channel).toMatch(/^Secretary Blinken: “I’m proud of the fact that we’ve stood up/);
      expect(v.text).not.toContain('(inaudible)');
      expect(v.verification.ok).toBe(true);
    }
  });
  it('not the running of a briefing ("one element at the top", "happy to take your questions"), nor a false start', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
      ['foreign', 'plain'],
    ] as const) {
      const v = compose(BRIEFING, { audience, channel });
      expect(v.text, channel).toMatch(/Secretary Blinken will participate this week in five virtual/);
      expect(v.text).not.toMatch(/at the top|happy to take your questions|allow me to answer|let me”/);
      expect(v.verification.ok).toBe(true);
    }
  });
  it('not a short turn sentence that says nothing out of its talk, nor a courtesy on arrival', () => {
    // shaped on the pool's remarks with the UN High Commissioner for Refugees and in Morocco (2022)
    const MEETING = `Washington, D.C.

SECRETARY BLINKEN: It’s wonderful to be back with all of you. The number of displaced people around the world now is somewhere in the vicinity of 95 million people. So thank you very much.

MR GRANDI: The United States is by far the largest donor to our work for refugees. That will very much continue.

https://www.state.gov/secretary-antony-j-blinken-and-un-high-commissioner-for-refugees-before-their-meeting/`;
    const v = compose(MEETING, { audience: 'youth', channel: 'x' });
    expect(v.verification.ok).toBe(true);
    expect(v.text).toMatch(/95 million people/);
    expect(v.text).not.toMatch(/So thank you very much|That will very much continue|wonderful to be back/);
  });
  it('an SMS is never a courtesy, even when the lead is too long for one', () => {
    // pool: the 2022 World Food Prize ceremony, its opening as published, with its 171-character address
    const OPENING = `Washington, D.C.

Benjamin Franklin Room

ASSISTANT SECRETARY TOLOUI: Good morning, everyone. Welcome to the State Department. Like to welcome Under Secretary Fernandez, President Stinson, honored guests, ladies and gentlemen. Good morning and welcome to the 2022 World Food Prize Laureate announcement ceremony. I know some of you are joining us virtually, but I’m happy to have the chance to see so many people here in person today.

We’re delighted to have you join us both in this historic room and online.

For more than 30 years, the World Food Prize has recognized and celebrated individuals who advance the cause of food security and nutrition around the world. It’s the U.S. Department of State’s honor to host this event in person this year after two years of fully virtual events.

https://www.state.gov/under-secretary-of-state-for-economic-growth-energy-and-the-environment-jose-w-fernandez-at-the-2022-world-food-prize-laureate-announcement-ceremony/`;
    const v = compose(OPENING, { audience: 'rural', channel: 'sms' });
    expect(v.verification.ok).toBe(true);
    expect(v.text.length).toBeGreaterThan(0);
    expect(v.text).not.toMatch(/joining us virtually|happy to have the chance|Good morning/);
  });
});

// pool: Secretary Blinken at a health security partnerships roundtable in Melbourne (2022), read
// blind as an editor (seed 2718): its youth thread was small talk ("I’ve been, I’ve seen them
// play.", "And I’m anxious to hear from all of you today.", "We have colleagues from Illumina here.")
const MELBOURNE = `Melbourne, Australia

SECRETARY BLINKEN: Thank you so much, Dean. And it’s – thanks to everyone for being here today. I have a particular allegiance to Carlton. (Laughter.) I’ve been, I’ve seen them play. So I just wanted to make sure that I was honest about that. (Laughter.)

We’ve said – projected of having 70 percent vaccination in every country in the world by year’s end. And I’m anxious to hear from all of you today.

But the partnership with the Australian Government to open what will be the first mRNA facility, produced by Moderna, is a great example of what we can do together. So this will be the first facility in the Southern Hemisphere to manufacture mRNA vaccines, and that’s going to be a very powerful thing. We have colleagues from Illumina here. We have IBM, and there again, working on another aspect of things, and that’s the potential of artificial intelligence.`;

describe('a roundtable’s version says what the speaker says about the matter', () => {
  it('leaves the small talk out while the remarks have enough else', () => {
    for (const [audience, channel] of [
      ['youth', 'x'],
      ['rural', 'notice'],
    ] as const) {
      const v = compose(MELBOURNE, { audience, channel });
      expect(v.verification.ok).toBe(true);
      expect(v.text, `${audience}/${channel}`).toContain('70 percent vaccination');
      expect(v.text, `${audience}/${channel}`).not.toMatch(
        /seen them play|anxious to hear|colleagues from Illumina|honest about that/,
      );
    }
  });
});
