import { LibrariesClient } from '../src/adobe/libraries.client';

jest.mock('got', () => {
  const json = jest.fn().mockResolvedValue({ libraries: [{ id: 'urn:aaid:sc:US:1234', name: 'Brand 2024' }] });
  return { __esModule: true, default: jest.fn(() => ({ json })) };
});

describe('LibrariesClient', () => {
  it('lists libraries with the IMS bearer token', async () => {
    const ims = { token: jest.fn().mockResolvedValue('tok') } as any;
    const cfg = { getOrThrow: () => 'client-id' } as any;
    const result = await new LibrariesClient(ims, cfg).libraries();
    expect(result.libraries[0].name).toBe('Brand 2024');
    expect(ims.token).toHaveBeenCalled();
  });
});
