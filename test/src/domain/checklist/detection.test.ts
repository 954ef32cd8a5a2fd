import { presetChecklists } from '../../../../src/domain/checklist/checklist-presets';
import { findEmail, findPhone } from '../../../../src/domain/checklist/find-contact';
import { findLocation } from '../../../../src/domain/checklist/find-location';
import { findPurchaseOrder } from '../../../../src/domain/checklist/find-purchase-order';
import { findRegistration } from '../../../../src/domain/checklist/find-registration';
import { findUserList } from '../../../../src/domain/checklist/find-user-list';

const { countries } = presetChecklists.registration;
const nz = { formats: countries.NZ?.formats ?? [], projectKey: 'FS' };
const au = { formats: countries.AU?.formats ?? [], projectKey: 'FS' };

describe('finding a vehicle registration', () => {
  it.each([
    ['Rego is ABC123.', 'ABC123'],
    ['The van is ABC 123', 'ABC123'],
    ['plate ABC-123 please', 'ABC123'],
    ['rego: abc 123', 'ABC123'],
    ['old ute, plate AB1234', 'AB1234'],
    ['registration number gh 567', 'GH567'],
    ['Sorry, the rego is KLM-482.', 'KLM482'],
    ['rego KLM 482', 'KLM482'],
    ['Registration: ABC123', 'ABC123'],
    ['licence plate KLM482 on the white van', 'KLM482'],
    ['KLM482 is the vehicle', 'KLM482'],
    ['KLM482', 'KLM482'],
    ['Reg. no. ABC123', 'ABC123'],
    [' KLM482. ', 'KLM482'],
  ])('finds the New Zealand plate in %p as %p', (text, plate) => {
    expect(findRegistration(text, nz)).toBe(plate);
  });

  it.each([
    ['NSW plate AB 12 CD', 'AB12CD'],
    ['Victorian rego 1AB 2CD', '1AB2CD'],
    ['Queensland rego 123 ABC', '123ABC'],
    ['Perth ute 1AB-123', '1AB123'],
    ['new QLD plate 123-AB4', '123AB4'],
    ['the plate is 1ABC23', '1ABC23'],
  ])('finds the Australian plate in %p as %p', (text, plate) => {
    expect(findRegistration(text, au)).toBe(plate);
  });

  it.each([
    ['a date', 'We saw it on 2026-12-03 and again on 3/12/2026.'],
    ['a date with a month name', 'Since Dec 2026 it is off.'],
    ['an order number after "order"', 'Our order ORD-123 has not arrived.'],
    ['a purchase order', 'PO 4512 is attached'],
    ['an invoice reference', 'See invoice INV 204.'],
    ['the request key', 'Same as FS-1234.'],
    ['lower-case words and numbers', 'about 200 new units for the fleet'],
    ['a long serial number', 'Serial ABC1234567 on the unit'],
    ['a phone number', 'Call 021 555 0192'],
    ['an error code', 'The unit shows error ERR404 since this morning.'],
    ['a model name', 'We bought model GPS200 trackers'],
    ['the end of a phone number', 'Please call me on 021 555 123ABC'],
    ['a street address', 'Our depot is at 123 ABC Street'],
    ['an error code next to a cue', 'The van shows error code ERR404'],
    ['a part number next to a cue', 'The ute needs part ABC123'],
    ['the example in the app’s ask', 'Enter the registration as on the plate, for example ABC123.'],
    ['a cue in another sentence', 'The van broke down. We fitted GPS200 units.'],
    ['a token in a longer text without a cue', 'Unit GPS200 is offline'],
  ])('finds no plate in %s', (_kind, text) => {
    expect(
      findRegistration(text, { formats: [...nz.formats, ...au.formats], projectKey: 'FS' }),
    ).toBeNull();
  });
});

describe('finding contact details', () => {
  it.each([
    ['Call Sam on 021 555 0192', '021 555 0192'],
    ['ring +64 21 555 0192 after 9', '+64 21 555 0192'],
    ['landline (09) 555 0192', '(09) 555 0192'],
    ['Australian mobile 0412 345 678', '0412 345 678'],
    ['+61-412-345-678', '+61-412-345-678'],
  ])('finds the phone number in %p', (text, phone) => {
    expect(findPhone(text)).toBe(phone);
  });

  it.each([
    ['a date', 'On 2026-12-03 it broke'],
    ['an order number', 'order 0012345678 is late'],
    ['too few digits', 'call 0123'],
    ['a number without 0 or +', 'we have 4512 units'],
  ])('finds no phone number in %s', (_kind, text) => {
    expect(findPhone(text)).toBeNull();
  });

  it.each([
    ['Mail sam@fleet.example please', 'sam@fleet.example'],
    ['<priya.k+ops@depot.co.nz>', 'priya.k+ops@depot.co.nz'],
  ])('finds the email in %p', (text, email) => {
    expect(findEmail(text)).toBe(email);
  });

  it('finds no email in a text with an @ but no domain', () => {
    expect(findEmail('meet @ the depot')).toBeNull();
  });
});

describe('finding a purchase order number', () => {
  it.each([
    ['Our PO number is 4512-A', '4512-A'],
    ['PO# 88310', '88310'],
    ['purchase order: ACME/2026/17', 'ACME/2026/17'],
    ['P.O. 7781', '7781'],
  ])('finds it in %p', (text, number) => {
    expect(findPurchaseOrder(text)).toBe(number);
  });

  it.each([
    ['no number after PO', 'The PO will follow'],
    ['a number without PO', 'Order 4512'],
  ])('finds none with %s', (_kind, text) => {
    expect(findPurchaseOrder(text)).toBeNull();
  });
});

describe('finding where the vehicle is', () => {
  it.each([
    ['It is at 12 Quay Street, Auckland.', '12 Quay Street, Auckland'],
    ['Parked at the Wiri depot.', 'the Wiri depot'],
    ['location: yard 3 behind the workshop', 'yard 3 behind the workshop'],
  ])('finds it in %p', (text, place) => {
    expect(findLocation(text)).toBe(place);
  });

  it('finds nothing in a text without a place', () => {
    expect(findLocation('It stopped reporting at 10 this morning.')).toBeNull();
  });
});

describe('finding the users affected', () => {
  it.each([
    ['Users affected: Sam, Priya', 'Sam, Priya'],
    ['the affected users are dispatch and Sam', 'dispatch and Sam'],
    ['cc sam@fleet.example and priya@fleet.example', 'sam@fleet.example, priya@fleet.example'],
  ])('finds them in %p', (text, users) => {
    expect(findUserList(text)).toBe(users);
  });

  it('finds none when one email is given alone', () => {
    expect(findUserList('write to sam@fleet.example')).toBeNull();
  });
});
