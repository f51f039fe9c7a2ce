/**
 * The HTML reader on page layouts of publishers it was not written for: what
 * is article text and what is furniture. Each page is written fresh for this
 * test (no publisher's markup copied).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlToArticleFields, isFurnitureName } from '../../src/ingest/html.ts';
import { loadHtmlParser } from '../../src/ingest/html.ts';

beforeAll(loadHtmlParser);

const STORY =
  'Armed men attacked a police post on the road to the airport before dawn, the provincial governor said on Tuesday. Two officers were wounded in the exchange of fire.';

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;
const text = (html: string) => htmlToArticleFields(html).text;

describe('HTML reader: furniture is dropped on any layout', () => {
  it.each([
    ['a sidebar by class, no <article> element', page(`<div class="wrap"><div class="col"><p>${STORY}</p></div><div class="sidebar"><p>Most read today: floods in the south.</p></div></div>`)],
    ['a related-stories box', page(`<div><p>${STORY}</p><div class="relatedStories"><h3>More on this</h3><p>Earlier fighting in the region.</p></div></div>`)],
    ['a menu made of links, with no class', page(`<ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li><li><a href="/me">Middle East</a></li></ul><p>${STORY}</p>`)],
    ['teasers: a link with a short time after it', page(`<p>${STORY}</p><ul><li><a href="/a">Drone strike hits convoy in the north</a> 2 hours ago</li><li><a href="/b">Talks resume in the capital</a> 5 hours ago</li></ul>`)],
    ['share buttons named after the article', page(`<div class="article-share"><span>Share on social media</span></div><p>${STORY}</p>`)],
    ['an advert slot', page(`<p>${STORY}</p><div class="ad-slot">Advertisement: Visit the coast</div>`)],
    ['a comments section by id', page(`<p>${STORY}</p><section id="comments"><p>Reader Alpha wrote: terrible news from the airport road.</p></section>`)],
    ['a cookie banner', page(`<div class="cookieConsent"><p>We use cookies to improve the site.</p></div><p>${STORY}</p>`)],
    ['a navigation role', page(`<div role="navigation">Sections Politics Economy</div><p>${STORY}</p>`)],
    ['hidden elements', page(`<p>${STORY}</p><div hidden>Sign in to continue</div><span aria-hidden="true">Menu</span><div style="display: none">Subscribe now</div>`)],
  ])('%s', (_name, html) => {
    expect(text(html)).toBe(STORY);
  });

  it('prefers the element marked articleBody, then role="main", over the rest of the body', () => {
    expect(text(page(`<div class="top">Breaking: markets fall</div><div itemprop="articleBody"><p>${STORY}</p></div>`))).toBe(STORY);
    expect(text(page(`<div class="top">Breaking: markets fall</div><div role="main"><p>${STORY}</p></div>`))).toBe(STORY);
  });

  it('takes an article nested in another once', () => {
    expect(text('<article><p>First part.</p><article><p>Second part.</p></article></article>')).toBe('First part.\n\nSecond part.');
  });
});

describe('HTML reader: article text is kept (false positives)', () => {
  it.each([
    ['a sentence with a link in it', `<p>Rebels shelled the <a href="/x">northern district</a> overnight, residents told reporters by telephone on Wednesday.</p>`, 'Rebels shelled the northern district overnight, residents told reporters by telephone on Wednesday.'],
    ['a state class on the content (has-sidebar)', `<div class="story-body has-sidebar"><p>${STORY}</p></div>`, STORY],
    ['a state class on the content (ad-free)', `<div class="content ad-free"><p>${STORY}</p></div>`, STORY],
    ['words that only contain a furniture word (shadow, header-less, navigator)', `<div class="shadow navigator-box"><p>${STORY}</p></div>`, STORY],
    ['a list of facts without links', `<p>${STORY}</p><ul><li>Two officers wounded</li><li>The road reopened at noon</li></ul>`, `${STORY}\n\nTwo officers wounded\n\nThe road reopened at noon`],
  ])('%s', (_name, body, expected) => {
    expect(text(page(body))).toBe(expected);
  });

  it('reads the page again without the class-name rules when they leave almost nothing', () => {
    // A site whose story wrapper happens to carry a furniture word: better its text than an empty article.
    expect(text(page(`<div class="social-story-wrapper"><p>${STORY}</p></div><div class="sidebar"><p>Most read.</p></div>`))).toContain(STORY);
  });

  it.each([
    ['share-tools', true], ['relatedLinks', true], ['ad-slot', true], ['main-nav', true], ['site-footer', true], ['comments', true],
    ['has-sidebar', false], ['ad-free', false], ['nav-open', false], ['article-body', false], ['shadow', false], ['headline', false], ['', false],
  ])('isFurnitureName(%j) = %s', (name, expected) => {
    expect(isFurnitureName(name)).toBe(expected);
  });
});
